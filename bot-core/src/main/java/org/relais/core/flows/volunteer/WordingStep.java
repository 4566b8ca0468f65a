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
import org.relais.core.flows.States;
import org.relais.core.port.Milestone;

/**
 * Step 1: the wording. The action's wordings are offered in an order that rotates from one volunteer
 * to the next (a counter shared by every instance), so that a campaign does not look like one text
 * posted by many accounts; the volunteer may also write their own.
 */
final class WordingStep {
    static final int MAX_TEXT = 2000;
    /** Typed text shorter than this many words is not taken as a message (it is "ok", "2", "merci"…). */
    private static final int MIN_WORDS = 3;

    private WordingStep() {}

    /**
     * Opens an action: the draft under way if it is for this action (nothing typed is lost), else a
     * new draft with every target and optional hashtag selected.
     */
    static Next start(Turn turn, String actionId) {
        Optional<Action> found = turn.activeAction(actionId);
        if (found.isEmpty()) {
            return Next.stale();
        }
        Action action = found.get();
        Optional<Draft> current = turn.draft();
        if (current.isPresent() && current.get().actionId().equals(action.id()) && turn.draftAction().isPresent()) {
            turn.sayKey("draft.resumed");
            return Next.go(current.get().step().filter(States.DRAFT_STEPS::contains).orElse(CHOOSE_WORDING));
        }
        turn.draftAction().ifPresent(old -> turn.sayKey("draft.replaced", old.title().in(turn.language())));
        long turnOfAction = turn.tx().counters().next("rotation:" + action.id());
        Draft draft = turn.conversation().startDraft(action.id(), (int) ((turnOfAction - 1) % 1_000_000));
        DraftView view = DraftView.of(turn);
        view.targetOptions().forEach(option -> draft.targets().add(option.key()));
        view.hashtagOptions().forEach(option -> draft.hashtags().add(option.key()));
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

    /**
     * Typed at the wording step: a number picks the wording shown with it; a request (the guide,
     * help…) is answered; a sentence is the volunteer's own text; anything shorter, or a question,
     * gets a hint instead of becoming the post.
     */
    static Next typed(Turn turn, String text) {
        String typed = text.strip();
        List<Integer> order = order(turn);
        if (typed.matches("[0-9]{1,2}")) {
            int shown = Integer.parseInt(typed);
            if (shown >= 1 && shown <= order.size()) {
                int index = order.get(shown - 1);
                turn.draft().orElseThrow().useWording(index, DraftView.of(turn).action().wordingsIn(turn.language()).get(index));
                return Next.go(CHOOSE_TARGETS);
            }
        }
        Optional<Next> other = Steps.askedForSomethingElse(turn, typed);
        if (other.isPresent()) {
            return other.get();
        }
        boolean sentence = typed.split("[\\s\\p{Z}]+").length >= MIN_WORDS || typed.contains("#") || typed.contains("@");
        if (!sentence || typed.endsWith("?")) {
            turn.sayKey("wording.typed_hint", order.size());
            return Next.stay();
        }
        if (!acceptText(turn, typed)) {
            return Next.stay();
        }
        turn.sayKey("wording.own_taken");
        return Next.go(CHOOSE_TARGETS);
    }

    static List<Reply> ownScreen(Turn turn) {
        DraftView view = DraftView.of(turn);
        RichText text = Steps.header(turn, view.action(), 1, "step.wording").plain(turn.t("wording.own_prompt"));
        return List.of(Steps.reply(text, List.of(Steps.backAndMenu(turn, "bk1"))));
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
                .text(WordingStep::typed, CHOOSE_TARGETS, States.GUIDE, States.TIPS, States.RELAY));
        flow.state(WRITE_OWN, WordingStep::ownScreen, s -> s.draftBound()
                .button("bk1", (turn, p) -> Next.go(CHOOSE_WORDING), CHOOSE_WORDING)
                .text(WordingStep::own, CHOOSE_TARGETS));
    }
}
