package org.relais.core.flows.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.chat.Picture;
import org.relais.core.stats.ActionStats;
import org.relais.core.stats.ChartPainter;
import org.relais.core.stats.StatsReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /stats}: an action's statistics, counts only. {@code /stats <action id>} shows them at once;
 * bare {@code /stats} shows them when the campaign has one action, else a button per action (ended
 * ones too: their figures still matter). The engine refuses the command and its buttons to anyone
 * who is not a coordinator. With a {@link ChartPainter}, the figures come with a chart; a chart that
 * fails to draw costs the chart only.
 */
public final class StatsCommand {
    /** The buttons' verb: {@code stats:<action id>}, at most 38 bytes. */
    public static final String VERB = "stats";
    /** How much of an unknown id is repeated back. */
    private static final int ECHO = 40;
    private static final Logger LOG = LoggerFactory.getLogger(StatsCommand.class);

    private final Optional<ChartPainter> painter;

    /** @param painter draws the chart; without one, the figures go as text alone */
    public StatsCommand(Optional<ChartPainter> painter) {
        this.painter = painter;
    }

    public Next handle(Turn turn, String args) {
        List<Action> actions = turn.campaign().actions();
        String id = args.strip();
        if (actions.isEmpty()) {
            turn.sayKey("stats.none");
        } else if (!id.isEmpty()) {
            Optional<Action> action = turn.campaign().action(id.toLowerCase(Locale.ROOT));
            action.ifPresentOrElse(found -> show(turn, found), () -> unknown(turn, id));
        } else if (actions.size() == 1) {
            show(turn, actions.get(0));
        } else {
            turn.say(chooser(turn));
        }
        return Next.stay();
    }

    /** A button of the chooser; an action the campaign no longer has is a stale choice. */
    public Next button(Turn turn, Payload payload) {
        Optional<Action> action = turn.campaign().action(payload.arg());
        action.ifPresent(found -> show(turn, found));
        return action.isPresent() ? Next.stay() : Next.stale();
    }

    private void show(Turn turn, Action action) {
        ActionStats stats = ActionStats.read(turn.tx(), action, turn.campaign().zone());
        Reply report = withMenu(turn, StatsReport.render(stats, turn.language()));
        turn.say(stats.isEmpty() ? report : chart(turn, stats).map(report::withPicture).orElse(report));
    }

    private Optional<Picture> chart(Turn turn, ActionStats stats) {
        try {
            return painter.map(p -> new Picture(p.png(stats, turn.language()),
                    "stats-" + stats.action().id() + "-" + turn.today() + ".png",
                    turn.t("stats.chart_alt", stats.action().title().in(turn.language()))));
        } catch (RuntimeException e) {
            LOG.error("the statistics chart of action {} could not be drawn; the figures go as text", stats.action().id(), e);
            return Optional.empty();
        }
    }

    private static Reply chooser(Turn turn) {
        List<List<Button>> rows = new ArrayList<>(turn.campaign().actions().stream()
                .map(action -> List.<Button>of(
                        turn.choice(turn.t("stats.button", action.title().in(turn.language())), VERB, action.id())))
                .toList());
        rows.add(List.of(turn.choice(turn.t("button.menu"), "menu")));
        return new Reply(new RichText().plain(turn.t("stats.choose")).spans(), rows, false);
    }

    /** The figures end with a way on: the menu (where the person's own step waits). */
    private static Reply withMenu(Turn turn, Reply report) {
        return new Reply(report.text(), List.of(List.of(turn.choice(turn.t("button.menu"), "menu"))), false);
    }

    private static void unknown(Turn turn, String id) {
        List<Action> actions = turn.campaign().actions();
        String ids = actions.stream().map(Action::id).collect(Collectors.joining(", "));
        String echoed = id.length() > ECHO ? id.substring(0, ECHO) + "…" : id;
        turn.sayKey("stats.unknown", echoed, ids, actions.get(0).id());
    }
}
