package org.relais.core.flows.coordination;

import static org.relais.core.flows.States.MENU;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Localized;
import org.relais.core.chat.Payload;
import org.relais.core.conversation.ActionDraft;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.i18n.Language;

/**
 * {@code /nouvelle_action}: a coordinator makes an action in the chat, one field a step (titles,
 * description, wordings, targets, hashtags, relay posts, end date), each step saying what to type
 * and how to skip it, then a summary with the campaign validator's problems and a button to save
 * it, after which volunteers are offered it at once. The half-made action is kept in the
 * conversation ({@link ActionDraft}), so a restart or a detour loses nothing; {@code /annuler}
 * drops it.
 *
 * <p>The same steps edit a saved action (from {@code /actions}): its summary offers every field,
 * and a field's new value is checked with the whole action and saved at once, so volunteers see
 * the new version from their next message. Every state is for coordinators only: the engine
 * refuses them to anyone else. Drawn in {@code action_editor.mmd} beside this file.
 */
public final class ActionEditorFlow {
    public static final String NAME = "action_editor";
    public static final String SUMMARY = "action_summary";
    static final String SKIP = "skip";
    static final String DONE = "done";
    static final String TO_SUMMARY = "summary";
    static final String CLEAR = "clear";
    static final String FIX = "fix";
    static final String SAVE = "save";
    static final String DROP = "drop";
    private static final Localized NONE = new Localized(Map.of());

    private ActionEditorFlow() {}

    /** Every state of the flow: where {@code /nouvelle_action} may resume. */
    public static List<String> states() {
        List<String> states = new ArrayList<>();
        for (EditorField field : EditorField.values()) {
            states.add(field.state());
        }
        states.add(SUMMARY);
        return states;
    }

    public static FlowTable table() {
        FlowTable.Builder flow = FlowTable.builder(NAME);
        for (EditorField field : EditorField.values()) {
            String[] onward = onward(field);
            flow.state(field.state(), turn -> EditorScreens.step(turn, field), s -> {
                s.coordinatorsOnly()
                        .text((turn, text) -> FieldSteps.typed(turn, field, text), withMenu(onward))
                        .button(TO_SUMMARY, (turn, payload) -> FieldSteps.toSummary(turn, field, payload), SUMMARY);
                if (field.optional()) {
                    s.button(SKIP, (turn, payload) -> FieldSteps.skip(turn, field, payload), onward);
                }
                if (field.clearable()) {
                    s.button(CLEAR, (turn, payload) -> FieldSteps.clear(turn, field, payload), SUMMARY);
                }
                if (field.kind() == EditorField.Kind.LIST) {
                    s.button(DONE, (turn, payload) -> FieldSteps.done(turn, field, payload), onward);
                }
                s.button(DROP, ActionEditorFlow::drop, MENU);
            });
        }
        List<String> fix = new ArrayList<>(states());
        fix.remove(SUMMARY);
        fix.add(MENU);
        flow.state(SUMMARY, EditorScreens::summary, s -> s.coordinatorsOnly()
                .button(FIX, ActionEditorFlow::fix, fix.toArray(String[]::new))
                .button(SAVE, ActionEditorFlow::save, MENU)
                .button(DROP, ActionEditorFlow::drop, MENU)
                .text(ActionEditorFlow::typedAtSummary, MENU));
        return flow.build();
    }

    /** After a field: the next one (after a skipped French description, the wordings), or the summary. */
    private static String[] onward(EditorField field) {
        List<String> targets = new ArrayList<>(List.of(SUMMARY));
        field.next().ifPresent(next -> targets.add(next.state()));
        if (field == EditorField.DESCRIPTION_FR) {
            targets.add(EditorField.WORDINGS_FR.state());
        }
        if (field == EditorField.DESCRIPTION_EN) {
            targets.add(EditorField.DESCRIPTION_FR.state());
        }
        return targets.toArray(String[]::new);
    }

    /** Free text also leads to the menu, when the draft is gone (dropped in another way). */
    private static String[] withMenu(String[] targets) {
        List<String> all = new ArrayList<>(List.of(targets));
        all.add(MENU);
        return all.toArray(String[]::new);
    }

    /** {@code /nouvelle_action [French title]}: a new action, or the one under way where it was left. */
    public static Next newAction(Turn turn, String args) {
        Optional<ActionDraft> under = turn.conversation().actionDraft().filter(d -> d.editing().isEmpty());
        if (under.isPresent()) {
            turn.sayKey("editor.resumed");
            return Next.go(under.get().step().filter(states()::contains).orElse(EditorField.TITLE_FR.state()));
        }
        turn.conversation().startActionDraft("", new Action("", NONE, NONE, Map.of(), List.of(), turn.campaign().hashtags(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), LengthRule.X280));
        if (args.isBlank()) {
            return Next.go(EditorField.TITLE_FR.state());
        }
        Next next = FieldSteps.typed(turn, EditorField.TITLE_FR, args);
        return next instanceof Next.Stay ? Next.go(EditorField.TITLE_FR.state()) : next;
    }

    /** Editing a saved action: its summary, from which each field is replaced. */
    public static Next edit(Turn turn, String actionId) {
        Optional<Action> action = turn.campaign().action(actionId);
        if (action.isEmpty()) {
            turn.sayKey("actions.unknown", actionId);
            return Next.stay();
        }
        turn.conversation().startActionDraft(actionId, action.get());
        return Next.go(SUMMARY);
    }

    /**
     * {@code /annuler} within the flow: a new action under way is dropped, an edit is left (what it
     * saved stays); false when the conversation is not in the flow.
     */
    public static boolean cancel(Turn turn) {
        Optional<ActionDraft> draft = turn.conversation().actionDraft();
        if (!states().contains(turn.conversation().state()) || draft.isEmpty()) {
            return false;
        }
        turn.sayKey(draft.get().editing().isPresent() ? "editor.edit_left" : "editor.cancelled");
        turn.conversation().dropActionDraft();
        return true;
    }

    static Next fix(Turn turn, Payload payload) {
        Optional<ActionDraft> found = current(turn, payload);
        Optional<EditorField> field = EditorField.byCode(payload.arg());
        if (found.isEmpty() || field.isEmpty()) {
            return Next.stale();
        }
        found.get().pending().clear();
        found.get().setFromSummary(true);
        return FieldSteps.refreshed(turn, found.get()) ? Next.go(field.get().state()) : Next.go(MENU);
    }

    private static Next save(Turn turn, Payload payload) {
        Optional<ActionDraft> found = current(turn, payload).filter(d -> d.editing().isEmpty());
        if (found.isEmpty()) {
            return Next.stale();
        }
        Action action = found.get().action().withId(id(turn, found.get()));
        if (!EditorChecks.problems(turn.campaign(), action).isEmpty()) {
            turn.sayKey("editor.fix_first");
            return Next.stay();
        }
        ActionSaving.save(turn, action);
        turn.conversation().dropActionDraft();
        turn.sayKey("editor.saved", action.title().in(turn.language()), action.id());
        return Next.go(MENU);
    }

    /** Gives up a new action; for an edit, leaves it (every change is already saved). */
    private static Next drop(Turn turn, Payload payload) {
        Optional<ActionDraft> found = current(turn, payload);
        if (found.isEmpty()) {
            return Next.stale();
        }
        turn.conversation().dropActionDraft();
        turn.sayKey(found.get().editing().isPresent() ? "editor.edit_done" : "editor.dropped");
        return Next.go(MENU);
    }

    private static Next typedAtSummary(Turn turn, String text) {
        if (turn.conversation().actionDraft().isEmpty()) {
            return gone(turn);
        }
        turn.sayKey("editor.use_buttons");
        return Next.stay();
    }

    static Next gone(Turn turn) {
        turn.sayKey("editor.gone");
        return Next.go(MENU);
    }

    /** The draft a button belongs to, if it is still the one under way. */
    static Optional<ActionDraft> current(Turn turn, Payload payload) {
        return turn.conversation().actionDraft().filter(d -> d.number() == payload.draft());
    }

    /** The id the action has, or will have once saved. */
    static String id(Turn turn, ActionDraft draft) {
        return draft.editing().orElseGet(() -> ActionIds.fromTitle(draft.action().title().find(Language.FR)
                .orElse(""), id -> ActionSaving.taken(turn, id)));
    }
}
