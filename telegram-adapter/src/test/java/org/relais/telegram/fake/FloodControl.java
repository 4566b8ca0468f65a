package org.relais.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Enforces {@link FloodRules} on message-sending calls: a sliding window over all calls, a token bucket per chat and
 * a sliding window per group or channel. A call refused with 429 consumes nothing. Times are {@code System.nanoTime}.
 */
final class FloodControl {

    private final FloodRules rules;
    private final Deque<Long> overall = new ArrayDeque<>();
    private final Map<Long, Bucket> buckets = new HashMap<>();
    private final Map<Long, Deque<Long>> groups = new HashMap<>();

    FloodControl(FloodRules rules) {
        this.rules = rules;
    }

    FloodRules rules() {
        return rules;
    }

    /**
     * Admits one call to {@code chatId} at {@code now}, or throws 429 with the wait until it would be admitted.
     *
     * @param group whether the chat is a group, supergroup or channel
     */
    synchronized void admit(long chatId, boolean group, long now) {
        long overallWindow = rules.overallWindow().toNanos();
        long groupWindow = rules.groupWindow().toNanos();
        long refill = rules.chatRefill().toNanos();
        expire(overall, now, overallWindow);
        Deque<Long> groupCalls = group ? groups.computeIfAbsent(chatId, id -> new ArrayDeque<>()) : null;
        if (groupCalls != null) {
            expire(groupCalls, now, groupWindow);
        }
        Bucket bucket = buckets.computeIfAbsent(chatId, id -> new Bucket(rules.chatBurst(), now));
        bucket.tokens = Math.min(rules.chatBurst(), bucket.tokens + (now - bucket.at) / (double) refill);
        bucket.at = now;

        long wait = 0;
        if (overall.size() >= rules.overallLimit()) {
            wait = Math.max(wait, overall.peekFirst() + overallWindow - now);
        }
        if (bucket.tokens < 1) {
            wait = Math.max(wait, (long) Math.ceil((1 - bucket.tokens) * refill));
        }
        if (groupCalls != null && groupCalls.size() >= rules.groupLimit()) {
            wait = Math.max(wait, groupCalls.peekFirst() + groupWindow - now);
        }
        if (wait > 0) {
            int seconds = (int) Math.max(1, Math.ceil(wait / 1e9));
            throw ApiError.tooManyRequests(seconds, Rejection.Kind.FLOOD_CONTROL);
        }
        overall.addLast(now);
        bucket.tokens -= 1;
        if (groupCalls != null) {
            groupCalls.addLast(now);
        }
    }

    private static void expire(Deque<Long> calls, long now, long window) {
        while (!calls.isEmpty() && calls.peekFirst() <= now - window) {
            calls.removeFirst();
        }
    }

    /** A chat's token bucket: the tokens left when last refilled, and when. */
    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
