package org.relais.core.port;

import java.time.Instant;
import java.util.Objects;
import org.relais.core.chat.ConversationKey;

/**
 * One coordinator grant or removal: whom, by whom, when. Kept for good, so a coalition can see who
 * gave whom the power to broadcast.
 *
 * @param granted true for a grant, false for a removal
 */
public record RoleChange(ConversationKey whom, ConversationKey by, boolean granted, Instant at) {
    public RoleChange {
        Objects.requireNonNull(whom, "whom");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
