package org.relais.core.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relais.core.text.Network;

/**
 * A message being prepared for one action. Targets and hashtags are selected by value (a target's
 * key, a hashtag in lower case), never by position, so a campaign edited while a volunteer is half
 * way keeps their choices: a removed option simply is no longer offered.
 */
public final class Draft {
    /** Numbers this draft, so that buttons of an older draft are recognised as stale. */
    private final int number;
    private final String actionId;
    private final int rotation;
    private int wording = -1;
    private String body = "";
    private final Set<String> targets = new LinkedHashSet<>();
    private final List<String> typedTargets = new ArrayList<>();
    private final Set<String> hashtags = new LinkedHashSet<>();
    private final List<String> typedHashtags = new ArrayList<>();
    private boolean onePerTarget;
    private final Set<Network> postedOn = EnumSet.noneOf(Network.class);
    private String step = "";

    public Draft(int number, String actionId, int rotation) {
        this.number = number;
        this.actionId = actionId;
        this.rotation = rotation;
    }

    public int number() {
        return number;
    }

    public String actionId() {
        return actionId;
    }

    /** Which wording is offered first: the action's wordings are shown rotated by this much. */
    public int rotation() {
        return rotation;
    }

    /** The index of the chosen wording, or -1 for the volunteer's own text. */
    public int wording() {
        return wording;
    }

    public String body() {
        return body;
    }

    public void useWording(int index, String text) {
        this.wording = index;
        this.body = text;
    }

    public void useOwnText(String text) {
        this.wording = -1;
        this.body = text;
    }

    /** The keys of the selected targets (see the volunteer flow's TargetOption). */
    public Set<String> targets() {
        return targets;
    }

    /** Handles (without {@code @}) and e-mail addresses the volunteer typed, in order. */
    public List<String> typedTargets() {
        return typedTargets;
    }

    /** The selected optional and typed hashtags, in lower case. */
    public Set<String> hashtags() {
        return hashtags;
    }

    /** Hashtags the volunteer typed (without {@code #}), in order. */
    public List<String> typedHashtags() {
        return typedHashtags;
    }

    /** Adds the key if absent, removes it if present; answers whether it is now selected. */
    public static boolean toggle(Set<String> selection, String key) {
        if (selection.remove(key)) {
            return false;
        }
        selection.add(key);
        return true;
    }

    public boolean onePerTarget() {
        return onePerTarget;
    }

    public void setOnePerTarget(boolean onePerTarget) {
        this.onePerTarget = onePerTarget;
    }

    public Set<Network> postedOn() {
        return postedOn;
    }

    /** The draft step the volunteer was last at, to resume from the menu. */
    public Optional<String> step() {
        return step.isEmpty() ? Optional.empty() : Optional.of(step);
    }

    public void setStep(String step) {
        this.step = step;
    }
}
