package org.relais.core.flows.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Problem;
import org.relais.core.chat.Payload;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.ActionDraft;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.States;
import org.relais.core.flows.coordination.FieldInput.Read;

/**
 * What the editor does with a field's step: a typed value (read, then checked by the campaign
 * validator), and its buttons (skip, done, clear, back to the summary). A new action's field takes
 * its value and the flow goes on; a saved action's field is saved at once.
 */
final class FieldSteps {
    private FieldSteps() {}

    static Next typed(Turn turn, EditorField field, String text) {
        Optional<ActionDraft> found = turn.conversation().actionDraft();
        if (found.isEmpty()) {
            return ActionEditorFlow.gone(turn);
        }
        Read read = FieldInput.read(field, text, turn.today());
        if (read instanceof Read.Refused refused) {
            turn.sayKey(refused.key(), refused.args().toArray());
            return Next.stay();
        }
        List<String> values = ((Read.Values) read).values();
        return field.kind() == EditorField.Kind.LIST ? add(turn, found.get(), field, values.get(0))
                : commit(turn, found.get(), field, values);
    }

    /** One more wording or person, checked alone (its own problems) before it joins the list. */
    private static Next add(Turn turn, ActionDraft draft, EditorField field, String item) {
        if (draft.pending().size() >= EditorField.MAX_ITEMS) {
            turn.sayKey("editor.too_many", EditorField.MAX_ITEMS);
            return Next.stay();
        }
        List<String> items = new ArrayList<>(draft.pending());
        items.add(item);
        Action candidate = candidate(turn, draft, field, items);
        List<Problem> problems = EditorChecks.about(EditorChecks.problems(turn.campaign(), candidate),
                field.path() + "[" + (items.size() - 1) + "]");
        if (!problems.isEmpty()) {
            return refuse(turn, problems);
        }
        draft.pending().add(item);
        return Next.stay();
    }

    /**
     * The field takes its values. A new action's field is checked alone (the others may not be
     * filled yet): its problems are refused, the rest wait for the summary.
     */
    private static Next commit(Turn turn, ActionDraft draft, EditorField field, List<String> values) {
        Action candidate = candidate(turn, draft, field, values);
        if (draft.editing().isPresent()) {
            return saveField(turn, draft, field, candidate);
        }
        List<Problem> problems = EditorChecks.about(EditorChecks.problems(turn.campaign(), candidate), field.path());
        if (!problems.isEmpty()) {
            return refuse(turn, problems);
        }
        draft.pending().clear();
        draft.setAction(candidate.withId(""));
        if (draft.fromSummary()) {
            draft.setFromSummary(false);
            return Next.go(ActionEditorFlow.SUMMARY);
        }
        if (field == EditorField.DESCRIPTION_FR && values.isEmpty()) {
            return Next.go(EditorField.WORDINGS_FR.state());
        }
        return Next.go(field.next().map(EditorField::state).orElse(ActionEditorFlow.SUMMARY));
    }

    /**
     * A saved action's field: the whole action must pass the validator, then it is saved at once. A
     * description given in one language only waits, unsaved, for the other one.
     */
    private static Next saveField(Turn turn, ActionDraft draft, EditorField field, Action candidate) {
        if (turn.campaign().action(candidate.id()).isEmpty()) {
            turn.conversation().dropActionDraft();
            turn.sayKey("editor.removed");
            return Next.go(States.MENU);
        }
        List<Problem> problems = EditorChecks.problems(turn.campaign(), candidate);
        Optional<EditorField> otherLanguage = otherDescription(field, problems);
        if (otherLanguage.isPresent()) {
            draft.pending().clear();
            draft.setAction(candidate);
            turn.sayKey("editor.other_language");
            return Next.go(otherLanguage.get().state());
        }
        if (!problems.isEmpty()) {
            return refuse(turn, problems);
        }
        ActionSaving.save(turn, candidate);
        draft.pending().clear();
        draft.setAction(candidate);
        turn.sayKey("editor.field_saved");
        return Next.go(ActionEditorFlow.SUMMARY);
    }

    /** The other description's step, when the only problem is that its translation is missing. */
    private static Optional<EditorField> otherDescription(EditorField field, List<Problem> problems) {
        if (field != EditorField.DESCRIPTION_FR && field != EditorField.DESCRIPTION_EN || problems.size() != 1
                || !problems.get(0).key().equals("check.missing_translation")) {
            return Optional.empty();
        }
        EditorField other = field == EditorField.DESCRIPTION_FR ? EditorField.DESCRIPTION_EN : EditorField.DESCRIPTION_FR;
        return problems.get(0).path().endsWith("." + other.path()) ? Optional.of(other) : Optional.empty();
    }

    /** The action with the field's new values, under the id it has or will have. */
    private static Action candidate(Turn turn, ActionDraft draft, EditorField field, List<String> values) {
        return field.apply(draft.action(), values, turn.campaign().hashtags()).withId(ActionEditorFlow.id(turn, draft));
    }

    private static Next refuse(Turn turn, List<Problem> problems) {
        turn.say(EditorChecks.describe(turn, problems, new RichText().plain(turn.t("editor.refused")).line()));
        return Next.stay();
    }

    static Next skip(Turn turn, EditorField field, Payload payload) {
        return onStep(turn, field, payload).filter(d -> field.optional())
                .map(d -> commit(turn, d, field, List.of()))
                .orElseGet(Next::stale);
    }

    static Next clear(Turn turn, EditorField field, Payload payload) {
        return onStep(turn, field, payload).filter(d -> field.clearable() && (d.fromSummary() || d.editing().isPresent()))
                .map(d -> commit(turn, d, field, List.of()))
                .orElseGet(Next::stale);
    }

    static Next done(Turn turn, EditorField field, Payload payload) {
        Optional<ActionDraft> found = onStep(turn, field, payload);
        if (found.isEmpty()) {
            return Next.stale();
        }
        if (found.get().pending().isEmpty() && !field.optional()) {
            turn.sayKey("editor.need_one");
            return Next.stay();
        }
        return commit(turn, found.get(), field, List.copyOf(found.get().pending()));
    }

    static Next toSummary(Turn turn, EditorField field, Payload payload) {
        Optional<ActionDraft> found = onStep(turn, field, payload);
        if (found.isEmpty()) {
            return Next.stale();
        }
        found.get().pending().clear();
        found.get().setFromSummary(false);
        return refreshed(turn, found.get()) ? Next.go(ActionEditorFlow.SUMMARY) : Next.go(States.MENU);
    }

    /**
     * An edit starts from the action as saved now (another coordinator may have changed it, an
     * import removed it); false when it is gone.
     */
    static boolean refreshed(Turn turn, ActionDraft draft) {
        if (draft.editing().isEmpty()) {
            return true;
        }
        Optional<Action> saved = turn.campaign().action(draft.editing().get());
        saved.ifPresent(draft::setAction);
        if (saved.isEmpty()) {
            turn.conversation().dropActionDraft();
            turn.sayKey("editor.removed");
        }
        return saved.isPresent();
    }

    /** The draft a button of this field's step belongs to, if it is current: a button of another step is stale. */
    private static Optional<ActionDraft> onStep(Turn turn, EditorField field, Payload payload) {
        return ActionEditorFlow.current(turn, payload).filter(d -> payload.arg().equals(field.code()));
    }
}
