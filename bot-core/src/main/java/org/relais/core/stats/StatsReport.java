package org.relais.core.stats;

import java.util.List;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.relais.core.port.DailyCounts;

/** The statistics of one action as a message: the three milestones, then per target, per network, per day. */
public final class StatsReport {
    private StatsReport() {}

    public static Reply render(ActionStats stats, Language language) {
        String title = stats.action().title().in(language);
        RichText text = new RichText().bold(Messages.get(language, "stats.title", title)).plain(" (").code(stats.action().id()).plain(")")
                .line();
        if (stats.isEmpty()) {
            text.plain(Messages.get(language, "stats.nobody", title));
            return new Reply(text.spans(), List.of(), false);
        }
        text.plain(Messages.get(language, "stats.started", stats.totals().started())).line()
                .plain(Messages.get(language, "stats.ready", stats.totals().ready())).line()
                .plain(Messages.get(language, "stats.posted", stats.totals().posted()));
        if (!stats.perTarget().isEmpty()) {
            text.paragraph().bold(Messages.get(language, "stats.per_target"));
            stats.perTarget().forEach(t -> bullet(text, language, StatsLabels.target(stats.action(), t.key(), language), t.count()));
            text.paragraph().bold(Messages.get(language, "stats.per_network"));
            stats.perNetwork().forEach(n -> bullet(text, language, StatsLabels.network(n.key(), language), n.count()));
        }
        if (!stats.perDay().isEmpty()) {
            text.paragraph().bold(Messages.get(language, "stats.per_day"));
            for (DailyCounts day : stats.perDay()) {
                text.line().plain(Messages.get(language, "stats.day", day.day(), day.firsts().started(),
                        day.firsts().ready(), day.firsts().posted()));
            }
        }
        text.paragraph().plain(Messages.get(language, "stats.counts_only"));
        return new Reply(text.spans(), List.of(), false);
    }

    private static void bullet(RichText text, Language language, String label, long count) {
        text.line().plain(Messages.get(language, "stats.line", label, count));
    }
}
