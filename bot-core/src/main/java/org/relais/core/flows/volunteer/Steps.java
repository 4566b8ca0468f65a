package org.relais.core.flows.volunteer;

import java.util.List;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Turn;

/**
 * What every volunteer step shares: the header that names the action (so that a volunteer coming
 * back, or pressing a button on an old message, knows where they are) and the navigation row.
 */
final class Steps {
    static final int COUNT = 5;

    private Steps() {}

    /** "📣 Title" then "Step 2 of 5: targets". */
    static RichText header(Turn turn, Action action, int step, String stepKey) {
        return new RichText()
                .bold("📣 " + action.title().in(turn.language()))
                .line()
                .plain(turn.t("step.header", step, COUNT, turn.t(stepKey)))
                .paragraph();
    }

    static List<Button> backAndMenu(Turn turn) {
        return List.of(turn.draftChoice(turn.t("button.back"), "back"), turn.choice(turn.t("button.menu"), "menu"));
    }

    static Reply reply(RichText text, List<List<Button>> rows) {
        return new Reply(text.spans(), rows, false);
    }
}
