package org.relais.telegram.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * The flood limits the fake enforces when flood control is on, modelled like the project's sender models Telegram's
 * guidance: a sliding window over all message-sending calls, a token bucket per chat, and a sliding window per group
 * or channel. Past a limit the fake answers 429 with {@code retry_after} (seconds, rounded up).
 *
 * @param overallLimit message-sending calls allowed to start in any {@code overallWindow}, across all chats
 * @param overallWindow the overall sliding window
 * @param chatBurst the size of each chat's token bucket
 * @param chatRefill the time to refill one token of a chat's bucket
 * @param groupLimit calls allowed to one group, supergroup or channel in any {@code groupWindow}
 * @param groupWindow the per-group sliding window
 */
public record FloodRules(int overallLimit, Duration overallWindow, int chatBurst, Duration chatRefill, int groupLimit,
        Duration groupWindow) {

    public FloodRules {
        Objects.requireNonNull(overallWindow, "overallWindow");
        Objects.requireNonNull(chatRefill, "chatRefill");
        Objects.requireNonNull(groupWindow, "groupWindow");
        if (overallLimit < 1 || chatBurst < 1 || groupLimit < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
        if (overallWindow.isNegative() || overallWindow.isZero() || chatRefill.isNegative() || chatRefill.isZero()
                || groupWindow.isNegative() || groupWindow.isZero()) {
            throw new IllegalArgumentException("windows must be positive");
        }
    }

    /** Telegram's guidance: 30 a second overall, a burst of 3 then 1 a second per chat, 20 a minute per group. */
    public static FloodRules telegram() {
        return new FloodRules(30, Duration.ofSeconds(1), 3, Duration.ofSeconds(1), 20, Duration.ofSeconds(60));
    }

    /** These rules with a shorter (or longer) per-group window, so that tests need not wait a minute. */
    public FloodRules withGroupWindow(Duration window) {
        return new FloodRules(overallLimit, overallWindow, chatBurst, chatRefill, groupLimit, window);
    }

    /** These rules with another per-chat bucket. */
    public FloodRules withChatBucket(int burst, Duration refill) {
        return new FloodRules(overallLimit, overallWindow, burst, refill, groupLimit, groupWindow);
    }
}
