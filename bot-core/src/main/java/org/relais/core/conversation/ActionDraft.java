package org.relais.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;

/**
 * An action a coordinator is making, or a saved action they are editing, as the conversation keeps
 * it between messages (and across a restart): the half-made action, what a list step has collected
 * so far, and where they are.
 */
public final class ActionDraft {
    /** Numbers this draft among the conversation's drafts, so that buttons of an older one are stale. */
    private final int number;
    /** The id of the saved action being edited; empty for a new action. */
    private final String editing;
    private Action action;
    private final List<String> pending = new ArrayList<>();
    private boolean fromSummary;
    private String step = "";

    public ActionDraft(int number, String editing, Action action) {
        this.number = number;
        this.editing = editing;
        this.action = action;
    }

    public int number() {
        return number;
    }

    /** The saved action being edited, if this is not a new one. */
    public Optional<String> editing() {
        return editing.isEmpty() ? Optional.empty() : Optional.of(editing);
    }

    /** The action as made so far (a new one has no id until it is saved). */
    public Action action() {
        return action;
    }

    public void setAction(Action action) {
        this.action = action;
    }

    /** What a list step (wordings, targets) has collected so far, one item a message. */
    public List<String> pending() {
        return pending;
    }

    /** True when the current step was opened from the summary, to change one field and come back. */
    public boolean fromSummary() {
        return fromSummary;
    }

    public void setFromSummary(boolean fromSummary) {
        this.fromSummary = fromSummary;
    }

    /** The step the coordinator was last at, to resume there. */
    public Optional<String> step() {
        return step.isEmpty() ? Optional.empty() : Optional.of(step);
    }

    public void setStep(String step) {
        this.step = step;
    }
}
