package org.relais.core.flows.volunteer;

import java.util.Optional;
import org.relais.core.campaign.Target;

/** A target the volunteer can toggle: one of the action's, or a handle they typed. */
record TargetOption(int index, Optional<Target> target, Optional<String> handle) {

    String label() {
        return target.map(Target::label).orElseGet(() -> "@" + handle.orElse(""));
    }

    /** How completions name it: the handle, or the name for a target reached by e-mail only. */
    String statsName() {
        return handle.orElseGet(() -> target.map(Target::name).orElse(""));
    }

    Optional<String> email() {
        return target.flatMap(Target::email);
    }
}
