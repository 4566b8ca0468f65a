package org.relais.slack.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Failures and delays a test asked for, per method or for any method ({@value #ANY}), and the latency. */
final class Faults {

    static final String ANY = "*";

    private final Map<String, Deque<ApiError>> failures = new HashMap<>();
    private final Map<String, Deque<Duration>> delays = new HashMap<>();
    private Duration latency = Duration.ZERO;

    /** Fails calls with an HTTP status: 429 with {@code Retry-After} (1 s if null), or the edge's 5xx pages. */
    void failNext(String method, int times, int httpStatus, Integer retryAfter) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("the status must be a 4xx or 5xx");
        }
        failNext(method, times, httpStatus == 429
                ? ApiError.rateLimited(retryAfter == null ? 1 : retryAfter, Rejection.Kind.INJECTED)
                : ApiError.http(httpStatus, Rejection.Kind.INJECTED));
    }

    /** Fails calls with HTTP 200 and {@code {"ok":false,"error":error}}. */
    void failNext(String method, int times, String error) {
        failNext(method, times, ApiError.of(error, Rejection.Kind.INJECTED));
    }

    private synchronized void failNext(String method, int times, ApiError failure) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        Deque<ApiError> queue = failures.computeIfAbsent(method, k -> new ArrayDeque<>());
        for (int n = 0; n < times; n++) {
            queue.addLast(failure);
        }
    }

    /** The failure to give this call of {@code method}, if one was asked for (the method's own first). */
    synchronized ApiError takeFailure(String method) {
        ApiError failure = poll(failures, method);
        return failure != null ? failure : poll(failures, ANY);
    }

    synchronized void delayNext(String method, int times, Duration delay) {
        if (times < 1 || delay.isNegative()) {
            throw new IllegalArgumentException("times must be at least 1 and the delay not negative");
        }
        Deque<Duration> queue = delays.computeIfAbsent(method, k -> new ArrayDeque<>());
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
        Duration delay = poll(delays, method);
        if (delay == null) {
            delay = poll(delays, ANY);
        }
        return delay == null ? latency : latency.plus(delay);
    }

    private static <T> T poll(Map<String, Deque<T>> queues, String key) {
        Deque<T> queue = queues.get(key);
        return queue == null ? null : queue.pollFirst();
    }
}
