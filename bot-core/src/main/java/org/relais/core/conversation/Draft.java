package org.relais.core.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relais.core.text.Network;

/**
 * A message being prepared for one action. Targets and hashtags are options: first the action's own
 * (by index), then those the volunteer typed; the selection is a set of option indices.
 */
public final class Draft {
    /** Numbers this draft, so that buttons of an older draft are recognised as stale. */
    private final int number;
    private final String actionId;
    private final int rotation;
    private int wording = -1;
    private String body = "";
    private final Set<Integer> targets = new LinkedHashSet<>();
    private final List<String> typedHandles = new ArrayList<>();
    private final Set<Integer> hashtags = new LinkedHashSet<>();
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

    public boolean hasBody() {
        return !body.isBlank();
    }

    public Set<Integer> targets() {
        return targets;
    }

    public List<String> typedHandles() {
        return typedHandles;
    }

    public Set<Integer> hashtags() {
        return hashtags;
    }

    public List<String> typedHashtags() {
        return typedHashtags;
    }

    public static void toggle(Set<Integer> selection, int option) {
        if (!selection.remove(option)) {
            selection.add(option);
        }
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
