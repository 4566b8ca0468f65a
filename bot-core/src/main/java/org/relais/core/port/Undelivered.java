package org.relais.core.port;

import java.util.Objects;

/**
 * Why a {@link Messenger} did not deliver a message, in the words a delivery report may show: the
 * platform's error ({@code 403 Forbidden: bot was kicked from the group chat}, {@code not_in_channel}),
 * never the message's text nor a token.
 */
public final class Undelivered extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What became of the message. */
    public enum Kind {
        /** The platform refused it (after the retries a 5xx gets): recorded as failed. */
        REFUSED,
        /** The chat no longer takes the bot's messages (removed, blocked, archived): failed, and unsubscribed. */
        GONE,
        /** Not sent: the sender stopped before making the call. Sent again later. */
        NOT_SENT,
        /** The sender stopped while the call was on its way: it may have arrived. */
        UNKNOWN
    }

    private final Kind kind;
    private final String reason;

    public Undelivered(Kind kind, String reason, Throwable cause) {
        super(kind + ": " + reason, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Kind kind() {
        return kind;
    }

    /** The platform's words for it, for the delivery report. */
    public String reason() {
        return reason;
    }
}
