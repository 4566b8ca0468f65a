package org.relais.core.flows.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Problem;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.ActionDraft;
import org.relais.core.engine.Turn;

/**
 * How the editor's steps look: what to type, what is there already, and the buttons to skip, finish
 * a list, clear, or go back to the summary; and the summary itself, with the validator's problems.
 * Every button carries the draft's number (and a step's, its field), so one from an older message
 * of another step or draft is recognised as stale.
 */
final class EditorScreens {
    private EditorScreens() {}

    static List<Reply> step(Turn turn, EditorField field) {
        Optional<ActionDraft> found = turn.conversation().actionDraft();
        if (found.isEmpty()) {
            return gone(turn);
        }
        ActionDraft draft = found.get();
        draft.setStep(field.state());
        boolean revising = draft.fromSummary() || draft.editing().isPresent();
        RichText text = new RichText();
        if (draft.editing().isPresent()) {
            text.bold("📣 " + draft.action().title().in(turn.language())).line();
        }
        text.bold(revising
                ? turn.t("editor.header_fix", turn.t(field.labelKey()))
                : turn.t("editor.header_new", field.step(), EditorField.values().length, turn.t(field.labelKey())));
        text.paragraph().plain(turn.t(field.askKey()));
        if (field == EditorField.REQUIRED_TAGS && !turn.campaign().hashtags().isEmpty()) {
            text.plain(" " + turn.t("editor.campaign_tags", hashtags(turn.campaign().hashtags())));
        }
        if (revising) {
            current(turn, field, field.values(draft.action()), text);
        }
        if (!draft.pending().isEmpty()) {
            text.paragraph().plain(turn.t("editor.collected", draft.pending().size())).line();
            numbered(draft.pending(), text);
        }
        text.paragraph().plain(String.join(" ", hints(turn, field, draft, revising)));
        return List.of(new Reply(text.spans(), List.of(buttons(turn, draft, field, revising)), false));
    }

    /** How to finish, skip, clear or leave this step, as its buttons allow (a new action's steps can all give up). */
    private static List<String> hints(Turn turn, EditorField field, ActionDraft draft, boolean revising) {
        List<String> hints = new ArrayList<>();
        if (field.kind() == EditorField.Kind.LIST) {
            hints.add(turn.t("editor.hint_done"));
        }
        if (revising) {
            hints.add(turn.t("editor.hint_back"));
            if (field.clearable()) {
                hints.add(turn.t("editor.hint_clear"));
            }
        } else {
            if (field.optional() && draft.pending().isEmpty()) {
                hints.add(turn.t("editor.hint_skip"));
            }
            hints.add(turn.t("editor.cancel_hint"));
        }
        return hints;
    }

    private static List<Button> buttons(Turn turn, ActionDraft draft, EditorField field, boolean revising) {
        List<Button> row = new ArrayList<>();
        if (revising) {
            row.add(choice(turn, draft, "editor.to_summary", ActionEditorFlow.TO_SUMMARY, field.code()));
        }
        if (field.kind() == EditorField.Kind.LIST && !draft.pending().isEmpty()) {
            row.add(choice(turn, draft, "editor.done", ActionEditorFlow.DONE, field.code()));
        } else if (field.optional() && !revising) {
            row.add(choice(turn, draft, "editor.skip", ActionEditorFlow.SKIP, field.code()));
        }
        if (field.clearable() && revising) {
            row.add(choice(turn, draft, "editor.clear", ActionEditorFlow.CLEAR, field.code()));
        }
        if (!revising) {
            row.add(choice(turn, draft, "editor.drop", ActionEditorFlow.DROP, ""));
        }
        return row;
    }

    /** What the field holds now, when it is being changed; a list is replaced whole. */
    private static void current(Turn turn, EditorField field, List<String> values, RichText text) {
        text.paragraph();
        if (values.isEmpty()) {
            text.plain(turn.t("editor.current_none"));
            return;
        }
        text.plain(turn.t("editor.current")).line();
        numbered(values, text);
        if (field.kind() == EditorField.Kind.LIST) {
            text.line().plain(turn.t("editor.replace_list"));
        }
    }

    static List<Reply> summary(Turn turn) {
        Optional<ActionDraft> found = turn.conversation().actionDraft();
        if (found.isEmpty()) {
            return gone(turn);
        }
        ActionDraft draft = found.get();
        draft.setStep(ActionEditorFlow.SUMMARY);
        Optional<String> editing = draft.editing();
        Optional<Action> shown = editing.isPresent() ? turn.campaign().action(editing.get())
                : Optional.of(draft.action().withId(ActionEditorFlow.id(turn, draft)));
        if (shown.isEmpty()) {
            return gone(turn);
        }
        Action action = shown.get();
        RichText text = new RichText().bold(editing.isPresent()
                ? turn.t("editor.edit_title", action.title().in(turn.language())) : turn.t("editor.summary_title"));
        if (editing.isPresent()) {
            text.paragraph().plain(turn.t(turn.campaign().isClosed(action.id()) ? "editor.state_closed" : "editor.state_open"));
        }
        text.paragraph().bold(turn.t("editor.labelled", turn.t("editor.label.id"))).plain(" ").code(action.id());
        for (EditorField field : EditorField.values()) {
            List<String> values = field.values(action);
            text.line().bold(turn.t("editor.labelled", turn.t("editor.label." + field.code())));
            if (values.isEmpty()) {
                text.plain(" " + (field == EditorField.END_DATE ? turn.t("editor.no_end") : "—"));
            } else if (field.kind() != EditorField.Kind.LIST) {
                text.plain(" " + String.join(" ", values));
            } else {
                numbered(values, text.line());
            }
        }
        List<Problem> problems = EditorChecks.problems(turn.campaign(), action);
        text.paragraph();
        if (!problems.isEmpty()) {
            EditorChecks.describe(turn, problems, text.plain(turn.t("editor.problems", problems.size())).line());
        } else {
            text.plain(turn.t(editing.isPresent() ? "editor.edit_intro" : "editor.ready"));
        }
        List<List<Button>> rows = new ArrayList<>();
        if (problems.isEmpty() && editing.isEmpty()) {
            rows.add(List.of(choice(turn, draft, "editor.save", ActionEditorFlow.SAVE, "")));
        }
        List<Button> pair = new ArrayList<>();
        for (EditorField field : EditorField.values()) {
            pair.add(new Button.Choice(turn.t("editor.fix", turn.t("editor.label." + field.code())),
                    Payload.of(ActionEditorFlow.FIX, field.code()).inDraft(draft.number()).encode()));
            if (pair.size() == 2) {
                rows.add(List.copyOf(pair));
                pair.clear();
            }
        }
        if (!pair.isEmpty()) {
            rows.add(List.copyOf(pair));
        }
        if (editing.isPresent()) {
            rows.add(List.of(ActionList.closeOrReopen(turn, action), choice(turn, draft, "editor.finish", ActionEditorFlow.DROP, "")));
        } else {
            rows.add(List.of(choice(turn, draft, "editor.drop", ActionEditorFlow.DROP, "")));
        }
        return List.of(new Reply(text.spans(), rows, false));
    }

    private static List<Reply> gone(Turn turn) {
        return List.of(new Reply(new RichText().plain(turn.t("editor.gone")).spans(),
                List.of(List.of(turn.choice(turn.t("button.menu"), "menu"))), false));
    }

    private static Button choice(Turn turn, ActionDraft draft, String labelKey, String verb, String arg) {
        Payload payload = arg.isEmpty() ? Payload.of(verb) : Payload.of(verb, arg);
        return new Button.Choice(turn.t(labelKey), payload.inDraft(draft.number()).encode());
    }

    /** "1. …" a line, without a line break after the last. */
    private static void numbered(List<String> values, RichText text) {
        for (int i = 0; i < values.size(); i++) {
            text.plain((i > 0 ? "\n" : "") + (i + 1) + ". " + values.get(i));
        }
    }

    private static String hashtags(List<String> tags) {
        return String.join(" ", tags.stream().map(tag -> "#" + tag).toList());
    }
}
