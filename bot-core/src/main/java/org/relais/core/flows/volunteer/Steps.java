package org.relais.core.flows.volunteer;

import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.menu.MenuFlow;

/**
 * What every volunteer step shares: the header that names the action (so that a volunteer coming
 * back, or pressing a button on an old message, knows where they are), the navigation row, and the
 * answer to free text that asks for something else.
 */
final class Steps {
    static final int COUNT = 5;

    private Steps() {}

    /** "📣 Title" then "Step 2 of 5 · targets". */
    static RichText header(Turn turn, Action action, int step, String stepKey) {
        return new RichText()
                .bold("📣 " + action.title().in(turn.language()))
                .line()
                .plain(turn.t("step.header", step, COUNT, turn.t(stepKey)))
                .paragraph();
    }

    /**
     * Back and menu. Each step has its own back verb ({@code bk2}, {@code bk3}…): a "back" pressed on an
     * older message of another step is then stale, instead of moving the current step.
     */
    static List<Button> backAndMenu(Turn turn, String backVerb) {
        return List.of(turn.draftChoice(turn.t("button.back"), backVerb), turn.choice(turn.t("button.menu"), "menu"));
    }

    static Reply reply(RichText text, List<List<Button>> rows) {
        return new Reply(text.spans(), rows, false);
    }

    /** Free text asking for the guide, help, tips…: answered, the draft kept for later. */
    static Optional<Next> askedForSomethingElse(Turn turn, String text) {
        return MenuFlow.answer(turn, text, true);
    }
}
