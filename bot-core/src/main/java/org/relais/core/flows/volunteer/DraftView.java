package org.relais.core.flows.volunteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Target;
import org.relais.core.conversation.Draft;
import org.relais.core.engine.Turn;
import org.relais.core.text.Composer;
import org.relais.core.text.Hashtags;
import org.relais.core.text.Lengths;
import org.relais.core.text.Measure;

/**
 * A draft read against its action: the options on offer, what is selected, and the messages it
 * makes, for X and for the other networks. Every volunteer step reads the draft through this view, so
 * that the review and the ready step agree.
 */
final class DraftView {
    private final Turn turn;
    private final Action action;
    private final Draft draft;
    private final Set<String> mentionedInText;
    private final Set<String> hashtagsInText;

    private DraftView(Turn turn, Action action, Draft draft) {
        this.turn = turn;
        this.action = action;
        this.draft = draft;
        this.mentionedInText = Set.copyOf(Composer.mentionsIn(draft.body()));
        this.hashtagsInText = Set.copyOf(Hashtags.foundIn(draft.body()));
    }

    static DraftView of(Turn turn) {
        return new DraftView(turn, turn.draftAction().orElseThrow(), turn.draft().orElseThrow());
    }

    Action action() {
        return action;
    }

    Draft draft() {
        return draft;
    }

    /** The action's targets, then the typed ones, each once. */
    List<TargetOption> targetOptions() {
        List<TargetOption> options = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Target target : action.targets()) {
            TargetOption option = TargetOption.of(options.size(), target, inText(target.handle()));
            if (keys.add(option.key())) {
                options.add(option);
            }
        }
        for (String typed : draft.typedTargets()) {
            TargetOption option = TargetOption.typed(options.size(), typed, inText(Optional.of(typed)));
            if (keys.add(option.key())) {
                options.add(option);
            }
        }
        return options;
    }

    private boolean inText(Optional<String> handle) {
        return handle.filter(h -> mentionedInText.contains(h.toLowerCase(Locale.ROOT))).isPresent();
    }

    List<TargetOption> selectedTargets() {
        return targetOptions().stream().filter(option -> draft.targets().contains(option.key())).toList();
    }

    List<String> selectedHandles() {
        return selectedTargets().stream().flatMap(option -> option.handle().stream()).toList();
    }

    /** The optional hashtags, then the typed ones, each once. */
    List<HashtagOption> hashtagOptions() {
        List<HashtagOption> options = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        action.requiredHashtags().forEach(tag -> keys.add(tag.toLowerCase(Locale.ROOT)));
        List<String> all = new ArrayList<>(action.optionalHashtags());
        all.addAll(draft.typedHashtags());
        for (String tag : all) {
            HashtagOption option = new HashtagOption(options.size(), tag, hashtagsInText.contains(tag.toLowerCase(Locale.ROOT)));
            if (keys.add(option.key())) {
                options.add(option);
            }
        }
        return options;
    }

    boolean isSelected(HashtagOption option) {
        return draft.hashtags().contains(option.key());
    }

    List<String> hashtags() {
        List<String> all = new ArrayList<>(action.requiredHashtags());
        hashtagOptions().stream().filter(this::isSelected).forEach(option -> all.add(option.tag()));
        return all;
    }

    boolean requiredInText(String tag) {
        return hashtagsInText.contains(tag.toLowerCase(Locale.ROOT));
    }

    /** The one X message naming every selected target. */
    String text() {
        return Composer.compose(draft.body(), selectedHandles(), hashtags());
    }

    /** One X message per selected handle, each naming only its target. */
    List<Post> postsPerTarget() {
        return selectedTargets().stream()
                .filter(option -> option.handle().isPresent())
                .map(option -> new Post(Optional.of(option),
                        Composer.compose(draft.body(), List.of(option.handle().get()), hashtags())))
                .toList();
    }

    /** What the volunteer will post on X: one message, or one per target when they asked for that. */
    List<Post> posts() {
        List<Post> perTarget = postsPerTarget();
        if (draft.onePerTarget() && perTarget.size() >= 2) {
            return perTarget;
        }
        return List.of(new Post(Optional.empty(), text()));
    }

    /**
     * The message for Bluesky, Mastodon, Threads and Facebook: an X handle there would mention
     * nobody, or somebody else, so the targets are named by their names ("Lucie Charlebois : …").
     */
    String otherNetworksText() {
        List<String> names = selectedTargets().stream().flatMap(option -> option.name().stream()).distinct().toList();
        String prefix = names.isEmpty() ? "" : turn.t("compose.names", String.join(", ", names)) + " ";
        return Composer.compose(prefix + draft.body(), List.of(), hashtags());
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

    /** A message to post on X, and the target it alone names when the volunteer sends one per target. */
    record Post(Optional<TargetOption> target, String text) {}
}
