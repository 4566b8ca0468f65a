package org.relais.core.testing.loopback;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The failures and delays a test asked a fake for, per method or for any method ({@value #ANY}), and the latency
 * every call gets: the scheduling shared by the fakes, which build the failures (their platform's error answers).
 * Thread-safe.
 *
 * @param <F> the fake's error answer, thrown by {@link #apply}
 */
public final class Faults<F extends RuntimeException> {

    /** The method name that stands for any method. */
    public static final String ANY = "*";

    private final UnaryOperator<String> key;
    private final Map<String, Deque<F>> failures = new HashMap<>();
    private final Map<String, Deque<Duration>> delays = new HashMap<>();
    private Duration latency = Duration.ZERO;

    /** Faults for method names compared exactly. */
    public Faults() {
        this(UnaryOperator.identity());
    }

    /**
     * Faults for method names compared by a key.
     *
     * @param key what of a method name counts, such as its lower-case form for case-insensitive names
     */
    public Faults(UnaryOperator<String> key) {
        this.key = key;
    }

    /** The next {@code times} calls of {@code method} ({@value #ANY}: of any method) fail with {@code failure}. */
    public synchronized void failNext(String method, int times, F failure) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        Deque<F> queue = failures.computeIfAbsent(key.apply(method), k -> new ArrayDeque<>());
        for (int n = 0; n < times; n++) {
            queue.addLast(failure);
        }
    }

    /** The next {@code times} calls of {@code method} ({@value #ANY}: of any method) are held {@code delay} each. */
    public synchronized void delayNext(String method, int times, Duration delay) {
        if (times < 1 || delay.isNegative()) {
            throw new IllegalArgumentException("times must be at least 1 and the delay not negative");
        }
        Deque<Duration> queue = delays.computeIfAbsent(key.apply(method), k -> new ArrayDeque<>());
        for (int n = 0; n < times; n++) {
            queue.addLast(delay);
        }
    }

    /** Holds every call this long, as a network would (zero at first). */
    public synchronized void latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.latency = latency;
    }

    /** Forgets the failures and delays not yet given, as when the platform recovers. */
    public synchronized void clear() {
        failures.clear();
        delays.clear();
    }

    /** The failure to give this call of {@code method}, if one was asked for (the method's own first), or null. */
    public synchronized F takeFailure(String method) {
        F failure = poll(failures, key.apply(method));
        return failure != null ? failure : poll(failures, ANY);
    }

    /** How long to hold this call of {@code method}: the latency plus any delay asked for (the method's own first). */
    public synchronized Duration takeDelay(String method) {
        Duration delay = poll(delays, key.apply(method));
        if (delay == null) {
            delay = poll(delays, ANY);
        }
        return delay == null ? latency : latency.plus(delay);
    }

    /**
     * What a fake does before handling a call of {@code method}: holds it for its delay, then throws its failure if
     * one was asked for.
     */
    public void apply(String method) {
        Waits.pause(takeDelay(method));
        F failure = takeFailure(method);
        if (failure != null) {
            throw failure;
        }
    }

    private static <T> T poll(Map<String, Deque<T>> queues, String key) {
        Deque<T> queue = queues.get(key);
        return queue == null ? null : queue.pollFirst();
    }
}
