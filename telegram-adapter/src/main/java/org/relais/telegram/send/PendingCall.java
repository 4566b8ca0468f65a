package org.relais.telegram.send;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;
import org.relais.telegram.TelegramApi;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One submitted call and its caller's future, kept until it is settled: the same object is attempted
 * again after a 429 or a 5xx, which is what makes a retried message arrive once and in its place.
 * {@code seq} is the submission order across all chats: the queue serves the longest-waiting first.
 */
final class PendingCall<T extends Serializable> {

    final Destination to;
    final long seq;
    private final BotApiMethod<T> method;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private int failures;
    private boolean settled;
    private T result;

    PendingCall(Destination to, BotApiMethod<T> method, long seq) {
        this.to = to;
        this.method = method;
        this.seq = seq;
    }

    CompletableFuture<T> future() {
        return future;
    }

    /** Makes the call once (on a worker thread, outside every lock) and says what came of it. */
    Verdict attempt(TelegramApi api) {
        try {
            result = api.call(method);
            return Verdict.DELIVERED;
        } catch (TelegramApiException | RuntimeException | Error e) {
            // An Error too: the caller learns of it, and the worker and the chat's lane live on.
            return Verdict.of(e);
        }
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

    /** For logs: the Bot API method and the chat, never the text (personal data) nor the token. */
    String describe() {
        return method.getMethod() + " to chat " + to.chatId();
    }
}
