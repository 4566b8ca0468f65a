package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.CHOOSE_HASHTAGS;
import static org.relais.core.flows.States.CHOOSE_TARGETS;
import static org.relais.core.flows.States.REVIEW;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.relais.core.flows.States;
import org.relais.core.text.Hashtags;

/**
 * Step 3: hashtags. The required ones (always {@code #OCASSS}) are locked in; the optional ones come
 * selected and toggle, except those the text already carries (toggling them would change nothing);
 * a typed one, with its {@code #}, is checked with twitter-text's rules.
 */
final class HashtagStep {
    static final int MAX_TYPED = 10;

    private HashtagStep() {}

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        List<String> required = view.action().requiredHashtags();
        RichText text = Steps.header(turn, view.action(), 3, "step.hashtags")
                .plain(turn.t("hashtags.intro", tags(required)));
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            buttons.add(turn.draftChoice("🔒 #" + required.get(i), "lock", Integer.toString(i)));
        }
        for (HashtagOption option : view.hashtagOptions()) {
            String mark = option.inText() ? "✍️ #" : view.isSelected(option) ? "✅ #" : "⬜ #";
            buttons.add(turn.draftChoice(Labels.shorten(mark + option.tag(), 40), "h", Integer.toString(option.index())));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 3) {
            rows.add(buttons.subList(i, Math.min(buttons.size(), i + 3)));
        }
        if (view.hashtagOptions().stream().anyMatch(HashtagOption::inText)) {
            text.paragraph().plain(turn.t("hashtags.in_text_legend"));
        }
        rows.add(List.of(turn.draftChoice(turn.t("button.next"), "nx3")));
        rows.add(Steps.backAndMenu(turn, "bk3"));
        return List.of(Steps.reply(text, rows));
    }

    static String tags(List<String> tags) {
        return String.join(" ", tags.stream().map(tag -> "#" + tag).toList());
    }

    static Next toggle(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        List<HashtagOption> options = view.hashtagOptions();
        int index = payload.index();
        if (index < 0 || index >= options.size()) {
            return Next.stale();
        }
        HashtagOption option = options.get(index);
        if (option.inText()) {
            turn.notice(turn.t("hashtags.in_text", "#" + option.tag()));
            return Next.stay();
        }
        boolean on = Draft.toggle(view.draft().hashtags(), option.key());
        turn.notice(turn.t(on ? "notice.added" : "notice.removed", "#" + option.tag()));
        return Next.stay();
    }

    static Next locked(Turn turn, Payload payload) {
        List<String> required = DraftView.of(turn).action().requiredHashtags();
        int index = payload.index();
        if (index < 0 || index >= required.size()) {
            return Next.stale();
        }
        turn.notice(turn.t("hashtags.locked", "#" + required.get(index)));
        return Next.stay();
    }

    /** Hashtags with their {@code #}: a required or known one is selected, a new one added. */
    static Next typed(Turn turn, String text) {
        Optional<Next> other = Steps.askedForSomethingElse(turn, text);
        if (other.isPresent()) {
            return other.get();
        }
        List<String> words = TypedWords.words(text);
        List<String> tags = words.stream().filter(w -> w.startsWith("#") || w.startsWith("＃")).toList();
        if (tags.isEmpty()) {
            boolean handles = words.stream().anyMatch(w -> w.startsWith("@"));
            turn.sayKey(handles ? "hashtags.targets_before" : "hashtags.typed_hint");
            return Next.stay();
        }
        DraftView view = DraftView.of(turn);
        TypedWords.Outcome outcome = new TypedWords.Outcome();
        TypedWords.accept(turn, tags, Hashtags::check, tag -> add(turn, view, tag), tag -> "#" + tag, outcome);
        outcome.say(turn);
        return Next.stay();
    }

    private static TypedWords.Added add(Turn turn, DraftView view, String tag) {
        Draft draft = view.draft();
        String key = tag.toLowerCase(Locale.ROOT);
        if (view.action().requiredHashtags().stream().anyMatch(r -> Hashtags.sameTag(r, tag))) {
            return TypedWords.Added.ALREADY;
        }
        if (view.hashtagOptions().stream().anyMatch(o -> o.key().equals(key))) {
            return draft.hashtags().add(key) ? TypedWords.Added.ADDED : TypedWords.Added.ALREADY;
        }
        if (draft.typedHashtags().size() >= MAX_TYPED) {
            turn.sayKey("hashtags.too_many", MAX_TYPED);
            return TypedWords.Added.FULL;
        }
        draft.typedHashtags().add(tag);
        draft.hashtags().add(key);
        return TypedWords.Added.ADDED;
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(CHOOSE_HASHTAGS, HashtagStep::screen, s -> s.draftBound()
                .button("h", HashtagStep::toggle)
                .button("lock", HashtagStep::locked)
                .button("nx3", (turn, p) -> Next.go(REVIEW), REVIEW)
                .button("bk3", (turn, p) -> Next.go(CHOOSE_TARGETS), CHOOSE_TARGETS)
                .text(HashtagStep::typed, States.GUIDE, States.TIPS, States.RELAY));
    }
}
