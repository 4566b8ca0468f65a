package org.relais.core.port;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A post a volunteer said they made: which action, which target it named ({@code ""} for none),
 * which network, which day. Holds nobody's identity, so statistics stay counts.
 */
public record Completion(String actionId, String target, String network, LocalDate day) {
    public Completion {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(day, "day");
    }
}
