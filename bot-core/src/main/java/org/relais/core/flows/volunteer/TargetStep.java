package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.CHOOSE_HASHTAGS;
import static org.relais.core.flows.States.CHOOSE_TARGETS;
import static org.relais.core.flows.States.CHOOSE_WORDING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.chat.Button;
import org.relais.core.chat.Labels;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.Draft;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.text.Handles;

/**
 * Step 2: whom to name. The action's targets come selected; a tap toggles one (the message is edited
 * in place); a typed handle is checked, and a bad one is explained rather than dropped.
 */
final class TargetStep {
    /** Keeps keyboards within what platforms take (Telegram ~100 buttons, Slack 25 per block). */
    static final int MAX_TYPED = 10;

    private TargetStep() {}

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        RichText text = Steps.header(turn, view.action(), 2, "step.targets").plain(turn.t("targets.intro"));
        List<TargetOption> options = view.targetOptions();
        if (options.isEmpty()) {
            text.paragraph().plain(turn.t("targets.none_suggested"));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (TargetOption option : options) {
            boolean on = view.draft().targets().contains(option.index());
            String mark = on ? "✅ " : "⬜ ";
            String suffix = option.handle().isEmpty() ? " — " + turn.t("targets.email_only") : "";
            rows.add(List.of(turn.draftChoice(Labels.shorten(mark + option.label() + suffix, 64), "t",
                    Integer.toString(option.index()))));
        }
        rows.add(List.of(turn.draftChoice(turn.t("button.next"), "next")));
        rows.add(Steps.backAndMenu(turn));
        return List.of(Steps.reply(text, rows));
    }

    static Next toggle(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        int index = payload.index();
        if (index < 0 || index >= view.targetOptions().size()) {
            return Next.stale();
        }
        Draft.toggle(view.draft().targets(), index);
        boolean on = view.draft().targets().contains(index);
        turn.notice(turn.t(on ? "notice.added" : "notice.removed", view.targetOptions().get(index).label()));
        return Next.stay();
    }

    /** One or more handles, separated by spaces or commas. Valid ones are added even if others are not. */
    static Next typed(Turn turn, String text) {
        DraftView view = DraftView.of(turn);
        Draft draft = view.draft();
        TypedWords.accept(turn, text, Handles::check, handle -> {
            int existing = indexOf(view.targetOptions(), handle);
            if (existing >= 0) {
                draft.targets().add(existing);
            } else if (draft.typedHandles().size() >= MAX_TYPED) {
                turn.sayKey("targets.too_many", MAX_TYPED);
                return Optional.empty();
            } else {
                draft.typedHandles().add(handle);
                draft.targets().add(view.action().targets().size() + draft.typedHandles().size() - 1);
            }
            return Optional.of("@" + handle);
        }, "targets.added");
        return Next.stay();
    }

    private static int indexOf(List<TargetOption> options, String handle) {
        for (TargetOption option : options) {
            if (option.handle().filter(h -> h.equalsIgnoreCase(handle)).isPresent()) {
                return option.index();
            }
        }
        return -1;
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(CHOOSE_TARGETS, TargetStep::screen, s -> s.draftBound()
                .button("t", TargetStep::toggle)
                .button("next", (turn, p) -> Next.go(CHOOSE_HASHTAGS), CHOOSE_HASHTAGS)
                .button("back", (turn, p) -> Next.go(CHOOSE_WORDING), CHOOSE_WORDING)
                .text(TargetStep::typed));
    }
}
