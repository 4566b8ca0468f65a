package org.relais.core.broadcast;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.flows.menu.Entry;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.relais.core.port.Announcement;
import org.relais.core.port.Broadcast;
import org.relais.core.port.DeliveryTally;

/** What a broadcast looks like: the announcement in every chat, and its progress and report for the coordinator. */
public final class BroadcastTexts {
    private BroadcastTexts() {}

    /**
     * The title, the text, and one button that opens the action in a private chat with the bot (a
     * Telegram deep link; on Slack, a button that continues in the app's direct messages).
     */
    public static Reply announcement(Announcement a) {
        RichText text = new RichText().bold(a.title());
        if (!a.text().isBlank()) {
            text.paragraph().plain(a.text());
        }
        Button start = new Button.Start(a.buttonLabel(), Entry.ACTION_LINK_PREFIX + a.actionId());
        return new Reply(text.spans(), List.of(List.of(start)), false);
    }

    /** The one message, edited in place, that says how far the broadcast has gone. */
    public static Reply status(Broadcast b, DeliveryTally tally, boolean done) {
        Language language = b.announcement().language();
        String key = done ? "broadcast.status_done" : "broadcast.status_sending";
        String line = Messages.get(language, key, b.id(), b.announcement().title(), tally.sent(), tally.total(), tally.failed());
        return new Reply(new RichText().plain(line).spans(), List.of(), false);
    }

    /** At the end: delivered, failed with the platforms' reasons, how long it took. */
    public static Reply report(Broadcast b, DeliveryTally tally, Duration took, boolean someUnsubscribed) {
        Language language = b.announcement().language();
        RichText text = new RichText().bold(Messages.get(language, "broadcast.report_title", b.id())).line()
                .plain(Messages.get(language, "broadcast.report_delivered", tally.sent(), tally.total())).line()
                .plain(Messages.get(language, "broadcast.report_failed", tally.failed())).line();
        for (Map.Entry<String, Integer> reason : tally.failuresByReason().entrySet()) {
            text.plain(Messages.get(language, "broadcast.report_reason", reason.getKey(), reason.getValue())).line();
        }
        if (tally.reclaimed() > 0) {
            text.plain(Messages.get(language, "broadcast.report_twice", tally.reclaimed())).line();
        }
        if (someUnsubscribed) {
            text.plain(Messages.get(language, "broadcast.report_unsubscribed")).line();
        }
        text.plain(Messages.get(language, "broadcast.report_duration", human(took)));
        return new Reply(text.spans(), List.of(), false);
    }

    /** {@code 1 h 02 min 05 s}, {@code 3 min 20 s}, {@code 12 s}: the same in French and English. */
    static String human(Duration took) {
        long seconds = Math.max(0, Math.round(took.toMillis() / 1000.0));
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            return String.format("%d h %02d min %02d s", h, m, s);
        }
        return m > 0 ? String.format("%d min %02d s", m, s) : s + " s";
    }
}
