package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.CHOOSE_HASHTAGS;
import static org.relais.core.flows.States.CHOOSE_TARGETS;
import static org.relais.core.flows.States.CHOOSE_WORDING;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relais.core.chat.Button;
import org.relais.core.chat.Labels;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.Draft;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.States;
import org.relais.core.text.Checked;
import org.relais.core.text.Emails;
import org.relais.core.text.Handles;

/**
 * Step 2: whom to call on. The action's targets come selected; a tap toggles one (the message is
 * edited in place). Typed, a handle needs its {@code @} (or is an x.com address) and an e-mail
 * address is taken as a target to write to; a bad one is explained, never dropped silently. Other
 * words are not mistaken for handles.
 */
final class TargetStep {
    /** Keeps keyboards within what platforms take (Telegram ~100 buttons, Slack 25 per block). */
    static final int MAX_TYPED = 10;
    private static final Pattern HANDLE_LIKE = Pattern.compile(
            "^(?:\\.?[@＠].*|(?:https?://)?(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/.+)$", Pattern.CASE_INSENSITIVE);

    private TargetStep() {}

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        List<TargetOption> options = view.targetOptions();
        RichText text = Steps.header(turn, view.action(), 2, "step.targets")
                .plain(turn.t(options.isEmpty() ? "targets.none_suggested" : "targets.intro"));
        List<List<Button>> rows = new ArrayList<>();
        for (TargetOption option : options) {
            String label;
            if (option.inText()) {
                label = "✍️ " + option.label() + " — " + turn.t("targets.in_text");
            } else {
                boolean on = view.draft().targets().contains(option.key());
                String suffix = option.handle().isEmpty() && option.target().isPresent() ? " — " + turn.t("targets.email_only") : "";
                label = (on ? "✅ " : "⬜ ") + option.label() + suffix;
            }
            rows.add(List.of(turn.draftChoice(Labels.shorten(label, 64), "t", Integer.toString(option.index()))));
        }
        rows.add(List.of(turn.draftChoice(turn.t("button.next"), "nx2")));
        rows.add(Steps.backAndMenu(turn, "bk2"));
        return List.of(Steps.reply(text, rows));
    }

    static Next toggle(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        List<TargetOption> options = view.targetOptions();
        int index = payload.index();
        if (index < 0 || index >= options.size()) {
            return Next.stale();
        }
        TargetOption option = options.get(index);
        if (option.inText()) {
            turn.notice(turn.t("targets.in_text_notice", option.label()));
            return Next.stay();
        }
        boolean on = Draft.toggle(view.draft().targets(), option.key());
        turn.notice(turn.t(on ? "notice.added" : "notice.removed", option.label()));
        return Next.stay();
    }

    /** Handles with their {@code @}, x.com addresses, e-mail addresses; other text gets a hint. */
    static Next typed(Turn turn, String text) {
        Optional<Next> other = Steps.askedForSomethingElse(turn, text);
        if (other.isPresent()) {
            return other.get();
        }
        List<String> words = TypedWords.words(text);
        List<String> handles = words.stream().filter(w -> HANDLE_LIKE.matcher(w).matches()).toList();
        List<String> emails = words.stream().filter(w -> !HANDLE_LIKE.matcher(w).matches() && w.indexOf('@') > 0).toList();
        boolean hashtags = words.stream().anyMatch(w -> w.startsWith("#") || w.startsWith("＃"));
        if (handles.isEmpty() && emails.isEmpty()) {
            turn.sayKey(hashtags ? "targets.hashtags_later" : "targets.typed_hint");
            return Next.stay();
        }
        DraftView view = DraftView.of(turn);
        TypedWords.Outcome outcome = new TypedWords.Outcome();
        TypedWords.accept(turn, handles, Handles::check, handle -> add(turn, view, handle), h -> "@" + h, outcome);
        TypedWords.accept(turn, emails, Emails::check, email -> add(turn, view, email), e -> e, outcome);
        outcome.say(turn);
        if (hashtags) {
            turn.sayKey("targets.hashtags_later");
        }
        return Next.stay();
    }

    /** Selects a known target, or adds a typed one; says when the list is full. */
    private static TypedWords.Added add(Turn turn, DraftView view, String typed) {
        Draft draft = view.draft();
        String key = typed.contains("@") ? typed.toLowerCase(Locale.ROOT) : TargetOption.handleKey(typed);
        Optional<TargetOption> known = view.targetOptions().stream().filter(o -> o.key().equals(key)).findFirst();
        if (known.isPresent()) {
            return draft.targets().add(key) ? TypedWords.Added.ADDED : TypedWords.Added.ALREADY;
        }
        if (draft.typedTargets().size() >= MAX_TYPED) {
            turn.sayKey("targets.too_many", MAX_TYPED);
            return TypedWords.Added.FULL;
        }
        draft.typedTargets().add(typed);
        draft.targets().add(key);
        return TypedWords.Added.ADDED;
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(CHOOSE_TARGETS, TargetStep::screen, s -> s.draftBound()
                .button("t", TargetStep::toggle)
                .button("nx2", (turn, p) -> Next.go(CHOOSE_HASHTAGS), CHOOSE_HASHTAGS)
                .button("bk2", (turn, p) -> Next.go(CHOOSE_WORDING), CHOOSE_WORDING)
                .text(TargetStep::typed, States.GUIDE, States.TIPS, States.RELAY));
    }
}
