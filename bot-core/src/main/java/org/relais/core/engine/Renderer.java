package org.relais.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;

/**
 * Shows the step a turn ends on, after what the handlers said; keeps the conversation coherent
 * (a draft step with no draft, or whose action has closed, goes back to the initial state).
 */
final class Renderer {
    private final Dialog dialog;

    Renderer(Dialog dialog) {
        this.dialog = dialog;
    }

    /**
     * Before an event: a draft step whose draft or action is gone cannot go on; a coordinators' step
     * is left, with the refusal, by someone who is no longer a coordinator, before their event is read.
     */
    void repair(Turn turn) {
        StateSpec spec = dialog.state(turn.conversation().state()).orElseThrow();
        if (spec.coordinatorsOnly() && !turn.isCoordinator()) {
            turn.conversation().setState(dialog.initial());
            turn.sayKey("coordinator.only");
            return;
        }
        if (spec.draftBound() && turn.draftAction().isEmpty()) {
            boolean hadDraft = turn.draft().isPresent();
            turn.conversation().dropDraft();
            turn.conversation().setState(dialog.initial());
            if (hadDraft) {
                turn.sayKey("action.closed");
            }
        }
    }

    /** Entering a modal state from a normal one remembers where to come back. */
    private void enter(Turn turn, String state) {
        StateSpec from = dialog.state(turn.conversation().state()).orElseThrow();
        StateSpec to = dialog.state(state).orElseThrow();
        if (to.modal() && !from.modal()) {
            turn.conversation().setReturnState(from.name());
        }
        turn.conversation().setState(state);
    }

    /** Back where the modal state was entered from, if that step can still be shown; else the start. */
    private void goBack(Turn turn) {
        String target = turn.conversation().returnState()
                .flatMap(dialog::state)
                .filter(spec -> !spec.modal() && (!spec.draftBound() || turn.draftAction().isPresent()))
                .map(StateSpec::name)
                .orElse(dialog.initial());
        turn.conversation().setReturnState("");
        turn.conversation().setState(target);
    }

    Response finish(Turn turn, Next next, boolean pressed) {
        if (next instanceof Next.Go go) {
            enter(turn, go.state());
        } else if (next instanceof Next.Back) {
            goBack(turn);
        }
        if (next instanceof Next.Stale) {
            turn.sayKey("stale");
        }
        StateSpec spec = dialog.state(turn.conversation().state()).orElseThrow();
        if (spec.draftBound()) {
            if (turn.draftAction().isEmpty()) {
                throw new IllegalStateException("state '" + spec.name() + "' needs a draft of an active action");
            }
            turn.draft().orElseThrow().setStep(spec.name());
        }
        List<Reply> screen = spec.screen().render(turn);
        List<Reply> replies = new ArrayList<>(turn.said());
        boolean inPlace = pressed && next instanceof Next.Stay && turn.said().isEmpty() && screen.size() == 1;
        replies.addAll(inPlace ? List.of(screen.get(0).asEdit()) : screen);
        return new Response(replies, turn.noticeText());
    }
}
