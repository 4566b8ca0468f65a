package org.relais.slack.inbound;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work Slack was told about (acknowledged within its three seconds) and that is done after: one
 * person's requests one after the other, in the order they came (their answers then leave in the
 * order the engine decided them), other people's alongside on a few daemon threads.
 *
 * <p>{@link #close()} takes no more work and lets what was acknowledged finish, for a bounded time:
 * Slack will not send an acknowledged request again.
 */
public final class SerialWork implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SerialWork.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();
    private final Duration drain;
    private boolean closed;

    public SerialWork(int threads, Duration drain) {
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "relais-slack-work-" + instance + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.drain = drain;
    }

    /** Runs {@code task} after the earlier tasks of {@code key}; false when closing (the task is dropped). */
    public synchronized boolean submit(String key, Runnable task) {
        if (closed) {
            return false;
        }
        CompletableFuture<Void> after = tails.getOrDefault(key, CompletableFuture.completedFuture(null));
        CompletableFuture<Void> next = after.thenRunAsync(() -> run(task), pool);
        tails.put(key, next);
        next.whenComplete((done, failure) -> forget(key, next));
        return true;
    }

    private synchronized void forget(String key, CompletableFuture<Void> finished) {
        tails.remove(key, finished);
        notifyAll();
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (Throwable bug) {
            LOG.error("a Slack request could not be handled", bug);
            if (bug instanceof Error error && !(bug instanceof StackOverflowError)) {
                throw error;
            }
        }
    }

    /** How many people have work queued or running. */
    public synchronized int pending() {
        return tails.size();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            long deadline = System.nanoTime() + drain.toNanos();
            try {
                for (long left = drain.toNanos(); !tails.isEmpty() && left > 0; left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!tails.isEmpty()) {
                LOG.warn("shutting down: the requests of {} people were not finished", tails.size());
            }
        }
        pool.shutdownNow();
    }
}
