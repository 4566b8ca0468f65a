package org.relais.core.port;

import java.time.Instant;
import java.util.Optional;

/** One volunteer's progress on one action: when each milestone was first reached. */
public record Progress(String actionId, Instant started, Optional<Instant> ready, Optional<Instant> posted) {

    public Milestone furthest() {
        return posted.isPresent() ? Milestone.POSTED : ready.isPresent() ? Milestone.READY : Milestone.STARTED;
    }
}
