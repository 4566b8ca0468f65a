package org.relais.core.flows.coordination;

import static org.relais.core.flows.States.MENU;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.Problem;
import org.relais.core.chat.Payload;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.ActionDraft;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.coordination.FieldInput.Read;
import org.relais.core.i18n.Language;

/**
 * {@code /nouvelle_action}: a coordinator makes an action in the chat, one field a step (titles,
 * description, wordings, targets, hashtags, relay posts, end date), each step saying what to type
 * and how to skip it, then a summary with the campaign validator's problems and a button to save
 * it, after which volunteers are offered it at once. The half-made action is kept in the
 * conversation ({@link ActionDraft}), so a restart or a detour loses nothing; {@code /annuler}
 * drops it. Every state is for coordinators only: the engine refuses them to anyone else. Drawn
 * in {@code action_editor.mmd} beside this file.
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
                        .text((turn, text) -> typed(turn, field, text), withMenu(onward))
                        .button(TO_SUMMARY, (turn, payload) -> toSummary(turn, field, payload), SUMMARY);
                if (field.optional()) {
                    s.button(SKIP, (turn, payload) -> skip(turn, field, payload), onward)
                            .button(CLEAR, (turn, payload) -> skip(turn, field, payload), SUMMARY);
                }
                if (field.kind() == EditorField.Kind.LIST) {
                    s.button(DONE, (turn, payload) -> done(turn, field, payload), onward);
                }
            });
        }
        List<String> fix = new ArrayList<>(states());
        fix.remove(SUMMARY);
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
        Next next = typed(turn, EditorField.TITLE_FR, args);
        return next instanceof Next.Stay ? Next.go(EditorField.TITLE_FR.state()) : next;
    }

    /** {@code /annuler} within the flow: the action under way is dropped; true when there was one. */
    public static boolean cancel(Turn turn) {
        if (!states().contains(turn.conversation().state()) || turn.conversation().actionDraft().isEmpty()) {
            return false;
        }
        turn.conversation().dropActionDraft();
        return true;
    }

    static Next typed(Turn turn, EditorField field, String text) {
        Optional<ActionDraft> found = turn.conversation().actionDraft();
        if (found.isEmpty()) {
            return gone(turn);
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
        Action candidate = field.apply(base(turn, draft), items, turn.campaign().hashtags()).withId(id(turn, draft));
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
        Action candidate = field.apply(base(turn, draft), values, turn.campaign().hashtags()).withId(id(turn, draft));
        List<Problem> problems = EditorChecks.about(EditorChecks.problems(turn.campaign(), candidate), field.path());
        if (!problems.isEmpty()) {
            return refuse(turn, problems);
        }
        draft.pending().clear();
        draft.setAction(field.apply(draft.action(), values, turn.campaign().hashtags()));
        if (draft.fromSummary()) {
            draft.setFromSummary(false);
            return Next.go(SUMMARY);
        }
        if (field == EditorField.DESCRIPTION_FR && values.isEmpty()) {
            return Next.go(EditorField.WORDINGS_FR.state());
        }
        return Next.go(field.next().map(EditorField::state).orElse(SUMMARY));
    }

    private static Next refuse(Turn turn, List<Problem> problems) {
        turn.say(EditorChecks.describe(turn, problems, new RichText().plain(turn.t("editor.refused")).line()));
        return Next.stay();
    }

    private static Next skip(Turn turn, EditorField field, Payload payload) {
        return onStep(turn, field, payload).filter(d -> field.optional())
                .map(d -> commit(turn, d, field, List.of()))
                .orElseGet(Next::stale);
    }

    private static Next done(Turn turn, EditorField field, Payload payload) {
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

    private static Next toSummary(Turn turn, EditorField field, Payload payload) {
        return onStep(turn, field, payload).map(d -> {
            d.pending().clear();
            d.setFromSummary(false);
            return Next.go(SUMMARY);
        }).orElseGet(Next::stale);
    }

    static Next fix(Turn turn, Payload payload) {
        Optional<ActionDraft> found = current(turn, payload);
        Optional<EditorField> field = EditorField.byCode(payload.arg());
        if (found.isEmpty() || field.isEmpty()) {
            return Next.stale();
        }
        found.get().pending().clear();
        found.get().setFromSummary(true);
        return Next.go(field.get().state());
    }

    private static Next save(Turn turn, Payload payload) {
        Optional<ActionDraft> found = current(turn, payload);
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

    private static Next drop(Turn turn, Payload payload) {
        if (current(turn, payload).isEmpty()) {
            return Next.stale();
        }
        turn.conversation().dropActionDraft();
        turn.sayKey("editor.dropped");
        return Next.go(MENU);
    }

    private static Next typedAtSummary(Turn turn, String text) {
        if (turn.conversation().actionDraft().isEmpty()) {
            return gone(turn);
        }
        turn.sayKey("editor.use_buttons");
        return Next.stay();
    }

    private static Next gone(Turn turn) {
        turn.sayKey("editor.gone");
        return Next.go(MENU);
    }

    /** The draft a button belongs to, if it is still the one under way. */
    private static Optional<ActionDraft> current(Turn turn, Payload payload) {
        return turn.conversation().actionDraft().filter(d -> d.number() == payload.draft());
    }

    /** The same, for a button of one field's step: a button of another step is stale. */
    private static Optional<ActionDraft> onStep(Turn turn, EditorField field, Payload payload) {
        return current(turn, payload).filter(d -> payload.arg().equals(field.code()));
    }

    /** What a field's change applies to. */
    static Action base(Turn turn, ActionDraft draft) {
        return draft.action();
    }

    /** The id the action has, or will have once saved. */
    static String id(Turn turn, ActionDraft draft) {
        return draft.editing().orElseGet(() -> ActionIds.fromTitle(draft.action().title().find(Language.FR)
                .orElse(""), id -> ActionSaving.taken(turn, id)));
    }
}
