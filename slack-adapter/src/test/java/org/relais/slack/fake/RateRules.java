package org.relais.slack.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate rules a test set: at most N calls of a method per channel within any sliding second. A call past the
 * limit is answered 429 with {@code Retry-After} (seconds until the window admits it, at least 1) and consumes
 * nothing. Calls without a channel share one window per method. Times are {@code System.nanoTime}.
 */
final class RateRules {

    private static final long SECOND = 1_000_000_000L;

    private final Map<String, Integer> limits = new HashMap<>();
    private final Map<String, Deque<Long>> windows = new HashMap<>();

    synchronized void limit(String method, int perChannelPerSecond) {
        if (perChannelPerSecond < 0) {
            throw new IllegalArgumentException("the limit must not be negative");
        }
        windows.keySet().removeIf(key -> key.startsWith(method + "\u0000"));
        if (perChannelPerSecond == 0) {
            limits.remove(method);
        } else {
            limits.put(method, perChannelPerSecond);
        }
    }

    /** Admits one call at {@code now}, or throws the 429 to answer. */
    synchronized void admit(String method, String channel, long now) {
        Integer limit = limits.get(method);
        if (limit == null) {
            return;
        }
        Deque<Long> window = windows.computeIfAbsent(method + "\u0000" + (channel == null ? "" : channel),
                key -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= now - SECOND) {
            window.removeFirst();
        }
        if (window.size() >= limit) {
            long wait = window.peekFirst() + SECOND - now;
            throw ApiError.rateLimited((int) Math.max(1, Math.ceil(wait / 1e9)), Rejection.Kind.RATE_LIMITED);
        }
        window.addLast(now);
    }
}
