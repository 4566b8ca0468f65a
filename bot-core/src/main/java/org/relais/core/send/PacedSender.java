package org.relais.core.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every outgoing call of a platform adapter goes through, so that the platform's rate
 * limits are kept before calling rather than learnt from 429s, and no message is lost or sent twice
 * on the way. Each adapter wraps one (Telegram: {@code TelegramSender}) and brings what is its own:
 * its {@link PaceLimits}, where a call goes ({@link Lane}), the call itself ({@link Call}), and how
 * a failure reads ({@link Judge}).
 *
 * <p>What it keeps (see {@code docs/platform-limits.md}): at most {@code overallPerSecond} bulk
 * messages started in any one-second window; per lane a token bucket of {@code laneBurst} refilled
 * one per {@code laneInterval}; per windowed lane at most {@code windowedLimit} in any {@code window}.
 * Answers to people who write keep their chat's limits but not the bulk rate (unless the limits or a
 * 429 say otherwise), and go before bulk messages; edits keep only their chat's order; unpaced calls
 * (not messages) skip every limit, not the retries, and have workers of their own. A lane's calls go
 * out in submission order, one at a time; lanes waiting for their own limits hold nobody back; lanes
 * that are ready are served in order of waiting time ({@link LaneSchedule}).
 *
 * <p>What it does with answers, as the {@link Judge} reads them ({@link Verdict.Kind}): a 429 pauses
 * the lane for the wait asked (plus a margin) and makes the same call again, never failing the
 * future; when the chat's own pace cannot explain it (no burst in use, window not full), every message
 * of the bot waits it out, and answers share the overall window for a while; a 5xx or a failure on the way is retried with doubling, jittered backoff up to
 * {@code maxAttempts}, then fails with one warning (the call's description and the reason; never the
 * text, never a token); a refusal for good reports the lane to {@code onBlocked} and fails its queued
 * calls; any other refusal fails at once with the platform's exception.
 *
 * <p>Threads: a few daemon workers named {@code relais-<platform>-send-N-worker-K} pull calls from a
 * {@link SendQueue} and make them synchronously, so a slow call holds up one worker, not the others;
 * at most half of them carry bulk messages at once, and {@link #UNPACED_WORKERS} more
 * ({@code ...-unpaced-K}) make only calls that are not messages.
 * They wait on a condition with a timeout set to the next moment a limit opens: no spinning, no timer
 * thread. Time is the real {@link System#nanoTime()}; tests shrink the limits instead of faking time.
 *
 * <p>{@link #close()}: stops accepting, lets queued calls go out for up to the drain time, fails the
 * rest with {@link SendAbortedException}, lets the workers finish their current call for a short
 * grace, interrupts them if needed, and fails what is still on its way (outcome unknown). It returns
 * within drain + {@code 2 × JOIN_GRACE}; the workers being daemons, none can keep the JVM alive anyway.
 */
public final class PacedSender implements AutoCloseable {

    /** How long {@link #close()} lets queued calls go out by default. */
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(3);
    /** Workers by default: enough that one slow call does not stall the other lanes. */
    public static final int DEFAULT_WORKERS = 8;
    /** Workers that make only calls that are not messages (a callback answer waits for no message). */
    public static final int UNPACED_WORKERS = 2;

    static final Duration JOIN_GRACE = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(PacedSender.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final String platform;
    private final SendQueue queue;
    private final List<Thread> workers = new ArrayList<>();
    private final Duration drain;

    /**
     * Starts the workers.
     *
     * @param platform the platform's name as logs say it ("Telegram"); lower-cased in thread names
     * @param judge reads every failed attempt
     * @param onBlocked told, once per refusal for good, the lane that refused; called on a worker
     *     thread, outside every lock
     * @param drain how long {@link #close()} waits for queued calls before failing them
     * @param workerCount how many calls may be on their way at once
     */
    public PacedSender(String platform, PaceLimits limits, Judge judge, Consumer<Lane> onBlocked, Duration drain,
            int workerCount) {
        if (Objects.requireNonNull(platform, "platform").isBlank()) {
            throw new IllegalArgumentException("a sender needs the platform's name");
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(onBlocked, "onBlocked");
        if (Objects.requireNonNull(drain, "drain").isNegative() || workerCount < 1) {
            throw new IllegalArgumentException("drain must be >= 0 and workers >= 1: " + drain + ", " + workerCount);
        }
        this.platform = platform;
        this.queue = new SendQueue(platform, limits, judge, onBlocked, Math.max(1, workerCount / 2));
        this.drain = drain;
        String threadPrefix = "relais-" + platform.toLowerCase(Locale.ROOT) + "-send-" + INSTANCES.incrementAndGet();
        for (int k = 1; k <= workerCount; k++) {
            workers.add(worker(() -> queue.work(false), threadPrefix + "-worker-" + k));
        }
        for (int k = 1; k <= UNPACED_WORKERS; k++) {
            workers.add(worker(() -> queue.work(true), threadPrefix + "-unpaced-" + k));
        }
        workers.forEach(Thread::start);
    }

    private static Thread worker(Runnable work, String name) {
        Thread worker = new Thread(work, name);
        worker.setDaemon(true);
        return worker;
    }

    /**
     * Queues a call in its lane. The future completes with the call's result, or exceptionally with
     * the {@link Verdict#error()} of a refusal (and of a 5xx or a failure on the way once retries are
     * spent), or with a {@link SendAbortedException} (closed, or the lane refused an earlier call for
     * good). Never for a 429.
     *
     * @param description what logs say of the call ("sendMessage to chat 123"): never the message's
     *     text (personal data), never a token
     */
    public <T> CompletableFuture<T> submit(Lane lane, String description, Call<T> call) {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(call, "call");
        return queue.submit(lane, description, call);
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
            workers.forEach(Thread::interrupt); // a call stuck on the network: HTTP clients give up when interrupted
            joinWorkers();
        }
        queue.abandonInFlight();
        long alive = workers.stream().filter(Thread::isAlive).count();
        if (alive > 0) {
            LOG.warn("{} {} send worker(s) still inside a call after close; they are daemons", alive, platform);
        }
        LOG.info("{} sender closed: {}", platform, queue.stats());
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
}
