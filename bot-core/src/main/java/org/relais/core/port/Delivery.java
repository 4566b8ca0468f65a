package org.relais.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * One chat's copy of a broadcast, in the outbox.
 *
 * @param claims how many times a worker took it to send: 2 or more means a worker died while the
 *     send was on its way, so that chat may have received the announcement twice
 * @param reason why it failed, as the platform said it ({@code 403 Forbidden: bot was kicked…})
 */
public record Delivery(long broadcastId, ChatAddress to, State state, int claims, Optional<String> messageId,
        Optional<String> reason) {

    /** Stored by name: renaming one needs a migration. */
    public enum State {
        /** Not sent yet. */
        PENDING,
        /** Taken by a worker, whose call to the platform is on its way (or was, when it died). */
        SENDING,
        SENT,
        FAILED
    }

    public Delivery {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(reason, "reason");
    }
}
