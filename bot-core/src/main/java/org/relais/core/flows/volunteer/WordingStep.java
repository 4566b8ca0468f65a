package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.CHOOSE_TARGETS;
import static org.relais.core.flows.States.CHOOSE_WORDING;
import static org.relais.core.flows.States.WRITE_OWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.Draft;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.port.Milestone;

/**
 * Step 1: the wording. The action's wordings are offered in an order that rotates from one volunteer
 * to the next (a counter shared by every instance), so that a campaign does not look like one text
 * posted by many accounts; the volunteer may also write their own.
 */
final class WordingStep {
    static final int MAX_TEXT = 2000;

    private WordingStep() {}

    /** Starts a draft on an action: every target and optional hashtag selected, the wording next. */
    static Next start(Turn turn, String actionId) {
        Optional<Action> found = turn.activeAction(actionId);
        if (found.isEmpty()) {
            return Next.stale();
        }
        Action action = found.get();
        long turnOfAction = turn.tx().counters().next("rotation:" + action.id());
        Draft draft = turn.conversation().startDraft(action.id(), (int) ((turnOfAction - 1) % 1_000_000));
        for (int i = 0; i < action.targets().size(); i++) {
            draft.targets().add(i);
        }
        for (int i = 0; i < action.optionalHashtags().size(); i++) {
            draft.hashtags().add(i);
        }
        turn.tx().progress().record(turn.conversation().key(), action.id(), Milestone.STARTED, turn.now());
        return Next.go(CHOOSE_WORDING);
    }

    static Next pickAction(Turn turn, Payload payload) {
        return start(turn, payload.arg());
    }

    /** The wordings' indices in the order offered to this draft. */
    static List<Integer> order(Turn turn) {
        DraftView view = DraftView.of(turn);
        int count = view.action().wordingsIn(turn.language()).size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add((view.draft().rotation() + i) % count);
        }
        return order;
    }

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        Action action = view.action();
        List<String> wordings = action.wordingsIn(turn.language());
        RichText text = Steps.header(turn, action, 1, "step.wording");
        String description = action.description().in(turn.language());
        if (!description.isEmpty()) {
            text.plain(description).paragraph();
        }
        text.plain(turn.t("wording.intro"));
        List<Button> numbers = new ArrayList<>();
        int shown = 1;
        for (int index : order(turn)) {
            text.line().bold(shown + ". ").plain(wordings.get(index));
            numbers.add(turn.draftChoice(Integer.toString(shown), "w", Integer.toString(index)));
            shown++;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i += 5) {
            rows.add(numbers.subList(i, Math.min(numbers.size(), i + 5)));
        }
        rows.add(List.of(turn.draftChoice(turn.t("wording.own"), "own")));
        rows.add(List.of(turn.choice(turn.t("button.menu"), "menu")));
        return List.of(Steps.reply(text, rows));
    }

    static Next choose(Turn turn, Payload payload) {
        List<String> wordings = DraftView.of(turn).action().wordingsIn(turn.language());
        int index = payload.index();
        if (index < 0 || index >= wordings.size()) {
            return Next.stale();
        }
        turn.draft().orElseThrow().useWording(index, wordings.get(index));
        return Next.go(CHOOSE_TARGETS);
    }

    /** Typing at the wording step means "here is my text". */
    static Next typed(Turn turn, String text) {
        if (!acceptText(turn, text)) {
            return Next.stay();
        }
        turn.sayKey("wording.own_taken");
        return Next.go(CHOOSE_TARGETS);
    }

    static List<Reply> ownScreen(Turn turn) {
        DraftView view = DraftView.of(turn);
        RichText text = Steps.header(turn, view.action(), 1, "step.wording").plain(turn.t("wording.own_prompt"));
        return List.of(Steps.reply(text, List.of(Steps.backAndMenu(turn))));
    }

    static Next own(Turn turn, String text) {
        return acceptText(turn, text) ? Next.go(CHOOSE_TARGETS) : Next.stay();
    }

    /** Takes a volunteer's own text; an empty or huge one is explained, and nothing changes. */
    static boolean acceptText(Turn turn, String text) {
        String body = text.strip();
        if (body.isEmpty()) {
            turn.sayKey("text.empty");
            return false;
        }
        if (body.length() > MAX_TEXT) {
            turn.sayKey("text.too_long", body.length(), MAX_TEXT);
            return false;
        }
        turn.draft().orElseThrow().useOwnText(body);
        return true;
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(CHOOSE_WORDING, WordingStep::screen, s -> s.draftBound()
                .button("w", WordingStep::choose, CHOOSE_TARGETS)
                .button("own", (turn, p) -> Next.go(WRITE_OWN), WRITE_OWN)
                .text(WordingStep::typed, CHOOSE_TARGETS));
        flow.state(WRITE_OWN, WordingStep::ownScreen, s -> s.draftBound()
                .button("back", (turn, p) -> Next.go(CHOOSE_WORDING), CHOOSE_WORDING)
                .text(WordingStep::own, CHOOSE_TARGETS));
    }
}
