package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.CHOOSE_HASHTAGS;
import static org.relais.core.flows.States.CHOOSE_TARGETS;
import static org.relais.core.flows.States.REVIEW;

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
import org.relais.core.text.Hashtags;

/**
 * Step 3: hashtags. The required ones (always {@code #OCASSS}) are locked in; the optional ones come
 * selected and toggle; a typed one is checked with twitter-text's rules.
 */
final class HashtagStep {
    static final int MAX_TYPED = 10;

    private HashtagStep() {}

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        List<String> required = view.action().requiredHashtags();
        RichText text = Steps.header(turn, view.action(), 3, "step.hashtags")
                .plain(turn.t("hashtags.intro", tags(required)));
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            row = add(rows, row, turn.draftChoice("🔒 #" + required.get(i), "lock", Integer.toString(i)));
        }
        List<String> options = view.hashtagOptions();
        for (int i = 0; i < options.size(); i++) {
            String mark = view.draft().hashtags().contains(i) ? "✅ #" : "⬜ #";
            row = add(rows, row, turn.draftChoice(Labels.shorten(mark + options.get(i), 40), "h", Integer.toString(i)));
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(List.of(turn.draftChoice(turn.t("button.next"), "next")));
        rows.add(Steps.backAndMenu(turn));
        return List.of(Steps.reply(text, rows));
    }

    /** Three to a row: hashtags are short, and a tall keyboard hides the message. */
    private static List<Button> add(List<List<Button>> rows, List<Button> row, Button button) {
        row.add(button);
        if (row.size() == 3) {
            rows.add(row);
            return new ArrayList<>();
        }
        return row;
    }

    static String tags(List<String> tags) {
        return String.join(" ", tags.stream().map(tag -> "#" + tag).toList());
    }

    static Next toggle(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        int index = payload.index();
        if (index < 0 || index >= view.hashtagOptions().size()) {
            return Next.stale();
        }
        Draft.toggle(view.draft().hashtags(), index);
        boolean on = view.draft().hashtags().contains(index);
        turn.notice(turn.t(on ? "notice.added" : "notice.removed", "#" + view.hashtagOptions().get(index)));
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

    /** One or more hashtags; a required one is acknowledged, a known one selected, a new one added. */
    static Next typed(Turn turn, String text) {
        DraftView view = DraftView.of(turn);
        Draft draft = view.draft();
        TypedWords.accept(turn, text, Hashtags::check, tag -> {
            boolean required = view.action().requiredHashtags().stream().anyMatch(r -> Hashtags.sameTag(r, tag));
            int existing = indexOf(view.hashtagOptions(), tag);
            if (required) {
                return Optional.of("#" + tag);
            } else if (existing >= 0) {
                draft.hashtags().add(existing);
            } else if (draft.typedHashtags().size() >= MAX_TYPED) {
                turn.sayKey("hashtags.too_many", MAX_TYPED);
                return Optional.empty();
            } else {
                draft.typedHashtags().add(tag);
                draft.hashtags().add(view.action().optionalHashtags().size() + draft.typedHashtags().size() - 1);
            }
            return Optional.of("#" + tag);
        }, "hashtags.added");
        return Next.stay();
    }

    private static int indexOf(List<String> options, String tag) {
        for (int i = 0; i < options.size(); i++) {
            if (Hashtags.sameTag(options.get(i), tag)) {
                return i;
            }
        }
        return -1;
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(CHOOSE_HASHTAGS, HashtagStep::screen, s -> s.draftBound()
                .button("h", HashtagStep::toggle)
                .button("lock", HashtagStep::locked)
                .button("next", (turn, p) -> Next.go(REVIEW), REVIEW)
                .button("back", (turn, p) -> Next.go(CHOOSE_TARGETS), CHOOSE_TARGETS)
                .text(HashtagStep::typed));
    }
}
