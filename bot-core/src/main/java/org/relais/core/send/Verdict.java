package org.relais.core.send;

import java.time.Duration;
import java.util.Objects;

/**
 * What one attempt of a call came to, as the platform's {@link Judge} reads its answer, and so what
 * the {@link PacedSender} does next. Built with the factories: {@link #delivered()}, then one per
 * failure kind, each carrying what the caller's future fails with and what a log may say.
 *
 * @param kind what to do next
 * @param error what the caller's future fails with: usually the failure itself (null when delivered)
 * @param retryAfter for a {@link Kind#FLOOD}, the wait the platform asked for (zero otherwise)
 * @param reason what a log may say about the failure: an error code or an exception's type, never a
 *     message text nor a token ("none" when delivered)
 * @param description the platform's description of a refusal ("Bad Request: chat not found"), for the
 *     warning about a rejection; empty when there is none. It must quote no message text.
 * @param quiet an expected rejection that the caller handles: the sender logs no warning for it
 *     (Telegram: "message is not modified", when two toggles in a row ask for the same edit)
 */
public record Verdict(Kind kind, Throwable error, Duration retryAfter, String reason, String description, boolean quiet) {

    /** What the sender does with a call after one attempt. */
    public enum Kind {
        /** The platform took the call: its future completes with the answer. */
        DELIVERED,
        /** 429: not delivered; the lane waits {@code retryAfter} (plus a margin), then the same call is made again. */
        FLOOD,
        /** A 5xx, or a failure on the way (connection refused, timeout): back off, retry, up to {@code maxAttempts}. */
        RETRY,
        /**
         * The destination refuses the bot for good (Telegram's 403: blocked, removed from the group):
         * the call and the lane's queued calls fail, and the lane is reported to {@code onBlocked}.
         */
        BLOCKED,
        /** Any other refusal (400 Bad Request…), or a local error: retrying would get the same. */
        REJECTED
    }

    private static final Verdict DELIVERED = new Verdict(Kind.DELIVERED, null, Duration.ZERO, "none", "", false);

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(description, "description");
        if ((error == null) != (kind == Kind.DELIVERED)) {
            throw new IllegalArgumentException("a failure needs its error, a delivery has none: " + kind);
        }
        if (retryAfter.isNegative() || (kind != Kind.FLOOD && !retryAfter.isZero())) {
            throw new IllegalArgumentException("retryAfter is for a FLOOD, and not negative: " + kind + ", " + retryAfter);
        }
        if (quiet && kind != Kind.REJECTED) {
            throw new IllegalArgumentException("only a rejection can be quiet: " + kind);
        }
    }

    public static Verdict delivered() {
        return DELIVERED;
    }

    /** A 429: wait {@code retryAfter}, then make the same call again. */
    public static Verdict flood(Throwable error, Duration retryAfter, String reason, String description) {
        return new Verdict(Kind.FLOOD, error, retryAfter, reason, description, false);
    }

    public static Verdict retry(Throwable error, String reason, String description) {
        return new Verdict(Kind.RETRY, error, Duration.ZERO, reason, description, false);
    }

    public static Verdict blocked(Throwable error, String reason, String description) {
        return new Verdict(Kind.BLOCKED, error, Duration.ZERO, reason, description, false);
    }

    public static Verdict rejected(Throwable error, String reason, String description) {
        return new Verdict(Kind.REJECTED, error, Duration.ZERO, reason, description, false);
    }

    /** This rejection, expected and handled by the caller: logged without a warning. */
    public Verdict quietly() {
        return new Verdict(kind, error, retryAfter, reason, description, true);
    }
}
