package org.relais.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;

/**
 * One announcement sent to every subscribed chat. It is a draft while the coordinator looks at the
 * preview; confirming it writes one delivery per subscribed chat and makes it due (now, or at the time
 * chosen); a worker then sends it and reports to the coordinator's chat.
 *
 * @param by the coordinator who made it
 * @param reportChat the chat, on {@code by}'s platform, that sees the progress and the report
 * @param statusMessage the progress message there, once posted (edited in place as deliveries go)
 * @param sendAt when it is due (for a draft: when it was previewed)
 */
public record Broadcast(long id, Announcement announcement, ConversationKey by, String reportChat,
        Optional<String> statusMessage, Instant createdAt, Instant sendAt, State state, Optional<Instant> startedAt,
        Optional<Instant> finishedAt) {

    /** Where a broadcast stands. Stored by name: renaming one needs a migration. */
    public enum State {
        /** Shown to the coordinator, not confirmed: no delivery yet. */
        DRAFT,
        /** Confirmed; due at {@code sendAt}. */
        SCHEDULED,
        /** A worker is delivering it. */
        SENDING,
        /** Every delivery settled (sent or failed). */
        DONE,
        /** Dropped before it went out. */
        CANCELLED
    }

    public Broadcast {
        Objects.requireNonNull(announcement, "announcement");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reportChat, "reportChat");
        Objects.requireNonNull(statusMessage, "statusMessage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sendAt, "sendAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** A new draft, not stored yet (its id is given by {@link Broadcasts#draft}). */
    public static Broadcast draft(Announcement announcement, ConversationKey by, String reportChat, Instant now) {
        return new Broadcast(0, announcement, by, reportChat, Optional.empty(), now, now, State.DRAFT, Optional.empty(),
                Optional.empty());
    }
}
