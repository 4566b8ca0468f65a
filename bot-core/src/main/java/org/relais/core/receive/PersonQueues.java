package org.relais.core.receive;

import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.relais.core.metrics.Meters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where received updates wait to be handled, so that nobody waits for someone else: one queue per
 * person, handled one task at a time and in order (their answers then leave in the order the engine
 * decided them), different people's on a bounded pool of daemon threads, one task per turn (a person
 * with fifty waiting does not keep a thread from the others).
 *
 * <p>Back-pressure is per person: a person's queue holds at most {@code perPerson} tasks, and a task
 * beyond that is refused ({@link Admission#FULL}) while everyone else's are still taken; the caller
 * says so to the flooder, and loses nothing of anyone else's. {@code total} bounds the memory all
 * queues may take (a crowd far beyond what the machine can handle is refused the same way).
 *
 * <p>{@link #close()} takes no more tasks and lets the queued ones finish, for a bounded time.
 */
public final class PersonQueues implements AutoCloseable {

    /** Whether a task was taken. */
    public enum Admission { TAKEN, FULL, CLOSED }

    public static final int DEFAULT_THREADS = 8;
    public static final int DEFAULT_PER_PERSON = 100;
    public static final int DEFAULT_TOTAL = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(PersonQueues.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final ExecutorService pool;
    private final int perPerson;
    private final int total;
    private final Duration drain;
    private final String name;
    /** The people with tasks queued or running; a person's deque holds their waiting tasks. */
    private final Map<String, ArrayDeque<Runnable>> people = new HashMap<>();
    private int queued;
    private boolean closed;

    /** @param name for the threads' names: {@code relais-<name>-handle-N-K} */
    public PersonQueues(String name, int threads, int perPerson, int total, Duration drain) {
        if (threads < 1 || perPerson < 1 || total < perPerson) {
            throw new IllegalArgumentException("threads, perPerson >= 1 and total >= perPerson: " + threads + ", " + perPerson
                    + ", " + total);
        }
        this.perPerson = perPerson;
        this.total = total;
        this.drain = Objects.requireNonNull(drain, "drain");
        this.name = name;
        Gauge.builder("relais.inbound.queued", this, PersonQueues::pending).description("Updates waiting to be handled or being handled")
                .tags("platform", name).register(Meters.registry());
        String prefix = "relais-" + name + "-handle-" + INSTANCES.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public PersonQueues(String name, Duration drain) {
        this(name, DEFAULT_THREADS, DEFAULT_PER_PERSON, DEFAULT_TOTAL, drain);
    }

    /** Queues {@code task} after {@code person}'s earlier ones; never blocks. */
    public synchronized Admission submit(String person, Runnable task) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(task, "task");
        if (closed) {
            return Admission.CLOSED;
        }
        ArrayDeque<Runnable> waiting = people.get(person);
        if ((waiting != null && waiting.size() >= perPerson) || queued >= total) {
            Meters.skipped(name);
            return Admission.FULL;
        }
        queued++;
        if (waiting == null) {
            waiting = new ArrayDeque<>();
            waiting.add(task);
            people.put(person, waiting);
            schedule(person);
        } else {
            waiting.add(task);
        }
        return Admission.TAKEN;
    }

    /** Tasks queued or running, everyone's. */
    public synchronized int pending() {
        return queued;
    }

    /** Whether a poll for more updates may bring work that finds room (fewer than half the total queued). */
    public synchronized boolean hasRoom() {
        return queued < total / 2;
    }

    private void schedule(String person) {
        pool.execute(() -> turn(person));
    }

    /** One task of {@code person}'s; their next goes to the back of the pool's line, behind other people. */
    private void turn(String person) {
        Runnable task;
        synchronized (this) {
            task = people.get(person).peekFirst();
        }
        try {
            task.run();
        } catch (Throwable bug) {
            LOG.error("an update could not be handled", bug);
            if (bug instanceof Error error && !(bug instanceof StackOverflowError)) {
                throw error;
            }
        } finally {
            synchronized (this) {
                queued--;
                ArrayDeque<Runnable> waiting = people.get(person);
                waiting.pollFirst();
                if (waiting.isEmpty()) {
                    people.remove(person);
                } else if (!pool.isShutdown()) {
                    schedule(person);
                }
                notifyAll();
            }
        }
    }

    /** Takes no more tasks, lets the queued ones finish for up to the drain time, then stops the threads. */
    @Override
    public void close() {
        List<String> unfinished = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            long deadline = System.nanoTime() + drain.toNanos();
            try {
                for (long left = drain.toNanos(); queued > 0 && left > 0; left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (queued > 0) {
                unfinished.addAll(people.keySet());
            }
            pool.shutdown();
        }
        if (!unfinished.isEmpty()) {
            LOG.warn("shutting down: the updates of {} people were not handled (not confirmed: they come again)", unfinished.size());
        }
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("a handler thread is still busy after close; it is a daemon");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
