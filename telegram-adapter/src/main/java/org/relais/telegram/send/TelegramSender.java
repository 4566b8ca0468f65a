package org.relais.telegram.send;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.relais.telegram.TelegramApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * The one path every outgoing Bot API call to a chat goes through, so that Telegram's flood limits are
 * kept before calling rather than learnt from 429s, and no message is lost or sent twice on the way.
 *
 * <p>What it keeps (see docs/platform-limits.md): at most {@code overallPerSecond} calls started in any
 * one-second window; per chat a token bucket of {@code chatBurst} refilled one per {@code chatInterval};
 * per group or channel at most {@code groupPerMinute} in any minute. A chat's calls go out in
 * submission order, one at a time; chats waiting for their own limits hold nobody back; chats that
 * are ready are served in order of waiting time ({@link LaneSchedule}).
 *
 * <p>What it does with answers ({@link Verdict}): a 429 pauses the chat for {@code retry_after} (plus
 * a margin) and makes the same call again, never failing the future; a 5xx or a failure on the way is
 * retried with doubling, jittered backoff up to {@code maxAttempts}, then fails with one warning
 * (method and chat id; never the text, never the token); a 403 reports the chat to {@code onBlocked}
 * and fails its queued calls; any other 4xx fails at once with Telegram's exception.
 *
 * <p>Threads: a few daemon workers named {@code relais-telegram-send-N-worker-K} pull calls from a
 * {@link SendQueue} and make them synchronously, so a slow call holds up one worker, not the others.
 * They wait on a condition with a timeout set to the next moment a limit opens: no spinning, no timer
 * thread. Time is the real {@link System#nanoTime()}; tests shrink the limits instead of faking time.
 *
 * <p>{@link #close()}: stops accepting, lets queued calls go out for up to the drain time, fails the
 * rest with {@link SendAbortedException}, lets the workers finish their current call for a short
 * grace, interrupts them if needed, and fails what is still on its way (outcome unknown). It returns
 * within drain + {@code 2 × JOIN_GRACE}; the workers being daemons, none can keep the JVM alive anyway.
 */
public final class TelegramSender implements AutoCloseable {

    /** How long {@link #close()} lets queued calls go out by default. */
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(3);
    /** Workers by default: enough that one slow call does not stall the other chats. */
    public static final int DEFAULT_WORKERS = 4;

    static final Duration JOIN_GRACE = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final SendQueue queue;
    private final List<Thread> workers = new ArrayList<>();
    private final Duration drain;

    public TelegramSender(TelegramApi api, FloodLimits limits, Consumer<Destination> onBlocked) {
        this(api, limits, onBlocked, DEFAULT_DRAIN, DEFAULT_WORKERS);
    }

    /**
     * @param drain how long {@link #close()} waits for queued calls before failing them
     * @param workerCount how many calls may be on their way at once
     */
    public TelegramSender(TelegramApi api, FloodLimits limits, Consumer<Destination> onBlocked, Duration drain, int workerCount) {
        Objects.requireNonNull(api, "api");
        checkLimits(limits);
        if (drain.isNegative() || workerCount < 1) {
            throw new IllegalArgumentException("drain must be >= 0 and workers >= 1: " + drain + ", " + workerCount);
        }
        this.queue = new SendQueue(limits, Objects.requireNonNull(onBlocked, "onBlocked"));
        this.drain = drain;
        int instance = INSTANCES.incrementAndGet();
        for (int k = 1; k <= workerCount; k++) {
            Thread worker = new Thread(() -> queue.work(api), "relais-telegram-send-" + instance + "-worker-" + k);
            worker.setDaemon(true);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
    }

    /**
     * Queues a call to a chat. The future completes with Telegram's result, or exceptionally with
     * Telegram's exception (4xx; 5xx or a failure on the way once retries are spent) or a
     * {@link SendAbortedException} (closed, or the chat answered 403 to an earlier call). Never for a 429.
     */
    public <T extends Serializable> CompletableFuture<T> submit(Destination to, BotApiMethod<T> method) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(method, "method");
        return queue.submit(to, method);
    }

    /** Counts so far, for the benchmark and the logs. */
    public SendStats stats() {
        return queue.stats();
    }

    /** Drains (bounded), then stops every thread this sender started. Idempotent. */
    @Override
    public void close() {
        if (!queue.close(drain)) {
            return;
        }
        if (!joinWorkers()) {
            workers.forEach(Thread::interrupt); // a call stuck on the network: OkHttp gives up when interrupted
            joinWorkers();
        }
        queue.abandonInFlight();
        long alive = workers.stream().filter(Thread::isAlive).count();
        if (alive > 0) {
            LOG.warn("{} Telegram send worker(s) still inside a call after close; they are daemons", alive);
        }
        LOG.info("Telegram sender closed: {}", queue.stats());
    }

    private boolean joinWorkers() {
        long deadline = System.nanoTime() + JOIN_GRACE.toNanos();
        try {
            for (Thread worker : workers) {
                TimeUnit.NANOSECONDS.timedJoin(worker, Math.max(1, deadline - System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return workers.stream().noneMatch(Thread::isAlive);
    }

    private static void checkLimits(FloodLimits limits) {
        Objects.requireNonNull(limits, "limits");
        if (limits.overallPerSecond() < 1 || limits.chatBurst() < 1 || limits.groupPerMinute() < 1
                || limits.maxAttempts() < 1 || limits.chatInterval().isNegative() || limits.firstBackoff().isNegative()
                || limits.groupWindow().isNegative() || limits.groupWindow().isZero()) {
            throw new IllegalArgumentException("flood limits must be positive: " + limits);
        }
    }
}
