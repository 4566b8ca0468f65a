package org.relais.core.flows.coordination;

import java.time.LocalDate;
import org.relais.core.campaign.Action;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;

/** {@code /actions}: every action of the campaign, with where it stands today (upcoming, under way, ended). */
public final class ActionList {
    private ActionList() {}

    public static Next handle(Turn turn, String args) {
        if (turn.campaign().actions().isEmpty()) {
            turn.sayKey("actions.none");
            return Next.stay();
        }
        RichText text = new RichText().bold(turn.t("actions.title")).line();
        LocalDate today = turn.today();
        for (Action action : turn.campaign().actions()) {
            text.plain("• ").bold(action.title().in(turn.language())).plain(" — ").plain(state(turn, action, today))
                    .plain(" ").code(action.id()).line();
        }
        turn.say(text);
        return Next.stay();
    }

    private static String state(Turn turn, Action action, LocalDate today) {
        if (action.starts().isPresent() && today.isBefore(action.starts().get())) {
            return turn.t("actions.upcoming", action.starts().get());
        }
        if (action.ends().isPresent() && today.isAfter(action.ends().get())) {
            return turn.t("actions.ended", action.ends().get());
        }
        return action.ends().map(end -> turn.t("actions.until", end)).orElse(turn.t("actions.active"));
    }
}
