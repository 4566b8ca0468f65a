package org.relais.core.send;

import java.util.concurrent.CompletableFuture;

/**
 * One submitted call and its caller's future, kept until it is settled: the same object is attempted
 * again after a 429 or a 5xx, which is what makes a retried message arrive once and in its place.
 * {@code seq} is the submission order across all lanes: the queue serves the longest-waiting first.
 */
final class PendingCall<T> {

    final Lane to;
    final long seq;
    private final String description;
    private final Call<T> call;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private int failures;
    private boolean settled;
    private T result;

    PendingCall(Lane to, String description, Call<T> call, long seq) {
        this.to = to;
        this.description = description;
        this.call = call;
        this.seq = seq;
    }

    CompletableFuture<T> future() {
        return future;
    }

    /** Makes the call once (on a worker thread, outside every lock) and says what came of it. */
    Verdict attempt(Judge judge) {
        Throwable failure;
        try {
            result = call.make();
            return Verdict.delivered();
        } catch (Exception | Error e) {
            // An Error too: the caller learns of it, and the worker and the lane live on. An
            // InterruptedException is not re-asserted: close() interrupts only once the queue is
            // closed (the worker stops anyway), and anyone else's interrupt must not fail the next call.
            failure = e;
        }
        return judged(judge, failure);
    }

    /** The judge's verdict; a judge that fails is a bug, and a bug is not retried. */
    private static Verdict judged(Judge judge, Throwable failure) {
        Verdict verdict;
        try {
            verdict = judge.judge(failure);
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
            verdict = null;
        }
        return verdict != null ? verdict : Verdict.rejected(failure, failure.getClass().getSimpleName(), "the judge failed");
    }

    /** Counts one more attempt that failed with a 5xx or on the way (429s do not count); returns the count. */
    int recordFailure() {
        return ++failures;
    }

    /** Whether the queue has counted this call as delivered or failed (guarded by the queue's lock). */
    boolean isSettled() {
        return settled;
    }

    void markSettled() {
        settled = true;
    }

    void deliver() {
        future.complete(result);
    }

    void fail(Throwable error) {
        future.completeExceptionally(error);
    }

    /** For logs: what the platform calls the call, and the lane; never the text (personal data) nor a token. */
    String describe() {
        return description;
    }
}
