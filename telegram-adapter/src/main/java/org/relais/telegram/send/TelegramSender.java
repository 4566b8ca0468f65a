package org.relais.telegram.send;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.relais.core.send.PacedSender;
import org.relais.core.send.SendAbortedException;
import org.relais.core.send.SendStats;
import org.relais.telegram.TelegramApi;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The one path every outgoing Bot API call to a chat goes through, so that Telegram's flood limits are
 * kept before calling rather than learnt from 429s, and no message is lost or sent twice on the way.
 *
 * <p>A thin layer over bot-core's {@link PacedSender}, which does the pacing, the retries and the
 * bounded close (its javadoc says how). What is Telegram's is here: the {@link FloodLimits} (at most
 * {@code overallPerSecond} calls in any second; per chat a burst of {@code chatBurst}, then one per
 * {@code chatInterval}; per group or channel at most {@code groupPerMinute} in any minute), a chat as
 * the sender's lane ({@link Destination}, groups and channels being the windowed lanes), the Bot API
 * call itself, and how Telegram's answers read ({@link TelegramVerdicts}: a 429 waits
 * {@code retry_after} and makes the same call again; a 5xx or a failure on the way is retried with
 * backoff; a 403 reports the chat to {@code onBlocked} and fails its queued calls; any other 4xx fails
 * at once with Telegram's exception). Logs name the method and the chat, never the text nor the
 * token. Workers are daemons named {@code relais-telegram-send-N-worker-K}.
 */
public final class TelegramSender implements AutoCloseable {

    /** How long {@link #close()} lets queued calls go out by default. */
    public static final Duration DEFAULT_DRAIN = PacedSender.DEFAULT_DRAIN;
    /** Workers by default: enough that one slow call does not stall the other chats. */
    public static final int DEFAULT_WORKERS = PacedSender.DEFAULT_WORKERS;

    private final TelegramApi api;
    private final PacedSender sender;

    public TelegramSender(TelegramApi api, FloodLimits limits, Consumer<Destination> onBlocked) {
        this(api, limits, onBlocked, DEFAULT_DRAIN, DEFAULT_WORKERS);
    }

    /**
     * @param drain how long {@link #close()} waits for queued calls before failing them
     * @param workerCount how many calls may be on their way at once
     */
    public TelegramSender(TelegramApi api, FloodLimits limits, Consumer<Destination> onBlocked, Duration drain, int workerCount) {
        this.api = Objects.requireNonNull(api, "api");
        Objects.requireNonNull(onBlocked, "onBlocked");
        this.sender = new PacedSender("Telegram", Objects.requireNonNull(limits, "limits").toPaceLimits(),
                new TelegramVerdicts(), lane -> onBlocked.accept(Destination.of(lane)), drain, workerCount);
    }

    /**
     * Queues a call to a chat. The future completes with Telegram's result, or exceptionally with
     * Telegram's exception (4xx; 5xx or a failure on the way once retries are spent) or a
     * {@link SendAbortedException} (closed, or the chat answered 403 to an earlier call). Never for a 429.
     */
    public <T extends Serializable> CompletableFuture<T> submit(Destination to, BotApiMethod<T> method) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(method, "method");
        return sender.submit(to.lane(), method.getMethod() + " to chat " + to.chatId(), () -> api.call(method));
    }

    /**
     * Like {@link #submit}, but {@code claim} is asked right before each attempt, on the sending
     * thread: when it answers false nothing is sent and the future completes empty. A broadcast
     * records each delivery as taken this way, as late as it can be (see {@code TelegramMessenger}).
     */
    public <T extends Serializable> CompletableFuture<Optional<T>> submitClaimed(Destination to, BotApiMethod<T> method,
            BooleanSupplier claim) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(claim, "claim");
        return sender.submit(to.lane(), method.getMethod() + " to chat " + to.chatId(),
                () -> claim.getAsBoolean() ? Optional.of(api.call(method)) : Optional.empty());
    }

    /**
     * Queues a photo to a chat, paced and retried like any message. {@code photo} is called for each
     * attempt: an upload's stream is read once, so a retry needs a new one.
     */
    public CompletableFuture<Message> submitPhoto(Destination to, Supplier<SendPhoto> photo) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(photo, "photo");
        return sender.submit(to.lane(), "sendPhoto to chat " + to.chatId(), () -> api.sendPhoto(photo.get()));
    }

    /** Counts so far, for the benchmark and the logs. */
    public SendStats stats() {
        return sender.stats();
    }

    /** Drains (bounded), then stops every thread this sender started. Idempotent. */
    @Override
    public void close() {
        sender.close();
    }
}
