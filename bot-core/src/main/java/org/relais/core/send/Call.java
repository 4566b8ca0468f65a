package org.relais.core.send;

/**
 * One call to a platform, made synchronously on a sender's worker thread, outside every lock. The
 * same object is made again after a {@link Verdict.Kind#FLOOD} or a {@link Verdict.Kind#RETRY}, so it
 * must send the same request each time (build the request before, or in the call, but nothing more):
 * that is what makes a retried message arrive once, and in its place.
 *
 * @param <T> what the platform answered, handed to the caller's future
 */
@FunctionalInterface
public interface Call<T> {

    /**
     * Makes the call once.
     *
     * @throws Exception when the platform refused it or it failed on the way; the sender's
     *     {@link Judge} decides what that means
     */
    T make() throws Exception;
}
