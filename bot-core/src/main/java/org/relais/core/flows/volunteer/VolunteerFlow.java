package org.relais.core.flows.volunteer;

import java.util.Optional;
import org.relais.core.chat.Payload;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;

/**
 * The volunteer flow: action → wording (or their own) → targets → hashtags → review → ready →
 * "I posted it". Drawn in {@code VolunteerFlow.mmd} beside this file.
 */
public final class VolunteerFlow {
    public static final String NAME = "volunteer";

    private VolunteerFlow() {}

    public static FlowTable table() {
        FlowTable.Builder flow = FlowTable.builder(NAME);
        WordingStep.declare(flow);
        TargetStep.declare(flow);
        HashtagStep.declare(flow);
        ReviewStep.declare(flow);
        ReadyStep.declare(flow);
        InstanceStep.declare(flow);
        PostedStep.declare(flow);
        return flow.build();
    }

    /** The global {@code a:<action id>} button: starts a draft on that action, if it is active. */
    public static Next pickAction(Turn turn, Payload payload) {
        return WordingStep.pickAction(turn, payload);
    }

    /** A deep link or {@code /start a_<id>}: the same, from a payload. */
    public static Next startOn(Turn turn, String actionId) {
        return WordingStep.start(turn, actionId);
    }

    /** The action a draft is about, for the menu's "resume" button. */
    public static Optional<String> resumeLabel(Turn turn) {
        return turn.draftAction().map(action -> action.title().in(turn.language()));
    }
}
