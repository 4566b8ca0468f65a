package org.relais.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.RichText;

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

    /**
     * The answer to one event, in as few messages as the platform allows, the one to act on last
     * (docs/design.md, "One answer, one message"):
     * <ul>
     * <li>what a command opened (a reply with its own buttons or a picture: a list, statistics)
     *     ends the answer when the conversation stays where it was: the step is not repeated under it;
     * <li>a button that changes only its own step (a toggle) edits that step in place, and nothing
     *     is sent when nothing changed;
     * <li>a detour that changes nothing (help, a hint, a stale button) says its piece alone when the
     *     step's keyboard is already the last one the person got; otherwise the step follows;
     * <li>notes are folded into the message after them ({@link Folding}).
     * </ul>
     */
    Response finish(Turn turn, Next next, boolean pressed) {
        if (next instanceof Next.Go go) {
            enter(turn, go.state());
        } else if (next instanceof Next.Back) {
            goBack(turn);
        }
        StateSpec spec = dialog.state(turn.conversation().state()).orElseThrow();
        if (spec.draftBound()) {
            if (turn.draftAction().isEmpty()) {
                throw new IllegalStateException("state '" + spec.name() + "' needs a draft of an active action");
            }
            turn.draft().orElseThrow().setStep(spec.name());
        }
        List<Reply> screen = spec.screen().render(turn);
        String digest = Fingerprint.of(screen);
        String shown = turn.conversation().shown();
        List<Reply> said = new ArrayList<>(turn.said());
        boolean stale = next instanceof Next.Stale;
        boolean detour = next instanceof Next.Stay || stale;
        List<Reply> opened = said.stream().filter(reply -> !reply.rows().isEmpty() || reply.picture().isPresent()).toList();
        List<Reply> replies;
        if (detour && !opened.isEmpty()) {
            replies = said;
            opened.stream().filter(reply -> !reply.rows().isEmpty()).reduce((first, second) -> second)
                    .ifPresent(last -> turn.conversation().setShown(Fingerprint.of(List.of(last))));
        } else if (detour && !stale && said.isEmpty() && pressed && screen.size() == 1) {
            replies = digest.equals(shown) ? List.of() : List.of(screen.get(0).asEdit());
            turn.conversation().setShown(digest);
        } else if (detour && (stale || !said.isEmpty()) && digest.equals(shown)) {
            replies = said;
            if (stale) {
                replies.add(0, note(turn, "stale.alone"));
            }
        } else {
            replies = new ArrayList<>(said);
            if (stale) {
                replies.add(0, note(turn, "stale"));
            }
            replies.addAll(screen);
            turn.conversation().setShown(digest);
        }
        return new Response(Folding.fold(replies), turn.noticeText());
    }

    private static Reply note(Turn turn, String key) {
        return new Reply(new RichText().plain(turn.t(key)).spans(), List.of(), false);
    }
}
