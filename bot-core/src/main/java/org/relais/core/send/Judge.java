package org.relais.core.send;

/**
 * The platform's single place where a failed call turns into a decision, so that its retry rules can
 * be read, and tested, in one place (Telegram: error codes; a 429's {@code retry_after}). The sender
 * asks it once per failed attempt, on the worker thread that made the call, outside every lock.
 *
 * <p>It must not throw: a judge that throws, or answers null, is a bug, and the sender then rejects
 * the call with its failure (no retry) and goes on with the lane.
 */
@FunctionalInterface
public interface Judge {

    /** What to do with a call whose attempt threw {@code failure} (any exception or error). */
    Verdict judge(Throwable failure);
}
