package org.relais.telegram.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Failures and delays a test asked for, per method (lower-case) or for any method ({@value #ANY}). */
final class Faults {

    static final String ANY = "*";

    private record Failure(int code, String description, Integer retryAfter) {
    }

    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final Map<String, Deque<Duration>> delays = new HashMap<>();
    private Duration latency = Duration.ZERO;

    synchronized void failNext(String method, int times, int code, String description, Integer retryAfter) {
        if (times < 1 || code < 400 || code > 599) {
            throw new IllegalArgumentException("times must be ≥ 1 and the code a 4xx or 5xx");
        }
        String text = description != null ? description : ApiError.defaultDescription(code, retryAfter);
        Deque<Failure> queue = failures.computeIfAbsent(key(method), k -> new ArrayDeque<>());
        for (int n = 0; n < times; n++) {
            queue.addLast(new Failure(code, text, retryAfter));
        }
    }

    /** The failure to give this call of {@code method}, if any was asked for (the method's own first). */
    synchronized ApiError takeFailure(String method) {
        Failure failure = poll(failures, key(method));
        if (failure == null) {
            failure = poll(failures, ANY);
        }
        return failure == null ? null
                : new ApiError(failure.code(), failure.description(), failure.retryAfter(), Rejection.Kind.INJECTED);
    }

    synchronized void delayNext(String method, int times, Duration delay) {
        if (times < 1 || delay.isNegative()) {
            throw new IllegalArgumentException("times must be ≥ 1 and the delay positive");
        }
        Deque<Duration> queue = delays.computeIfAbsent(key(method), k -> new ArrayDeque<>());
        for (int n = 0; n < times; n++) {
            queue.addLast(delay);
        }
    }

    synchronized void latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.latency = latency;
    }

    /** How long to hold this call of {@code method}: the latency plus any delay asked for. */
    synchronized Duration takeDelay(String method) {
        Duration delay = poll(delays, key(method));
        if (delay == null) {
            delay = poll(delays, ANY);
        }
        return delay == null ? latency : latency.plus(delay);
    }

    private static <T> T poll(Map<String, Deque<T>> queues, String key) {
        Deque<T> queue = queues.get(key);
        return queue == null ? null : queue.pollFirst();
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
