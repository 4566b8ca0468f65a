package org.relais.core.flows.volunteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.conversation.Draft;
import org.relais.core.engine.Turn;
import org.relais.core.text.Composer;
import org.relais.core.text.Lengths;
import org.relais.core.text.Measure;

/**
 * A draft read against its action: the options on offer, what is selected, and the message(s) it
 * makes. Everything the volunteer steps show is computed here, so that review and ready agree.
 */
final class DraftView {
    private final Action action;
    private final Draft draft;

    DraftView(Action action, Draft draft) {
        this.action = action;
        this.draft = draft;
    }

    static DraftView of(Turn turn) {
        return new DraftView(turn.draftAction().orElseThrow(), turn.draft().orElseThrow());
    }

    Action action() {
        return action;
    }

    Draft draft() {
        return draft;
    }

    List<TargetOption> targetOptions() {
        List<TargetOption> options = new ArrayList<>();
        for (int i = 0; i < action.targets().size(); i++) {
            var target = action.targets().get(i);
            options.add(new TargetOption(i, Optional.of(target), target.handle()));
        }
        for (int i = 0; i < draft.typedHandles().size(); i++) {
            options.add(new TargetOption(action.targets().size() + i, Optional.empty(),
                    Optional.of(draft.typedHandles().get(i))));
        }
        return options;
    }

    List<TargetOption> selectedTargets() {
        return targetOptions().stream().filter(option -> draft.targets().contains(option.index())).toList();
    }

    List<String> selectedHandles() {
        return selectedTargets().stream().flatMap(option -> option.handle().stream()).toList();
    }

    /** The optional hashtags, then the typed ones; option i is selected when draft.hashtags() has i. */
    List<String> hashtagOptions() {
        List<String> options = new ArrayList<>(action.optionalHashtags());
        options.addAll(draft.typedHashtags());
        return options;
    }

    List<String> selectedOptionalHashtags() {
        List<String> options = hashtagOptions();
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (draft.hashtags().contains(i)) {
                selected.add(options.get(i));
            }
        }
        return selected;
    }

    List<String> hashtags() {
        List<String> all = new ArrayList<>(action.requiredHashtags());
        all.addAll(selectedOptionalHashtags());
        return all;
    }

    /** The one message naming every selected target. */
    String text() {
        return Composer.compose(draft.body(), selectedHandles(), hashtags());
    }

    /** One message per selected handle, each naming only its target. */
    List<Post> postsPerTarget() {
        return selectedTargets().stream()
                .filter(option -> option.handle().isPresent())
                .map(option -> new Post(Optional.of(option),
                        Composer.compose(draft.body(), List.of(option.handle().get()), hashtags())))
                .toList();
    }

    /** What the volunteer will post: one message, or one per target when they asked for that. */
    List<Post> posts() {
        if (draft.onePerTarget() && postsPerTarget().size() >= 2) {
            return postsPerTarget();
        }
        return List.of(new Post(Optional.empty(), text()));
    }

    Measure onX(String text) {
        return Lengths.x(text, action.lengthRule());
    }

    boolean allFitOnX() {
        return posts().stream().allMatch(post -> onX(post.text()).fits());
    }

    /** Splitting helps only with two handles or more and when each single message fits. */
    boolean canSplit() {
        List<Post> perTarget = postsPerTarget();
        return perTarget.size() >= 2 && perTarget.stream().allMatch(post -> onX(post.text()).fits());
    }

    /** A message to post, and the target it alone names when the volunteer sends one per target. */
    record Post(Optional<TargetOption> target, String text) {}
}
