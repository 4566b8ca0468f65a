package org.relais.telegram.send;

import java.time.Duration;
import org.relais.core.send.PaceLimits;

/**
 * Telegram's flood guidance (docs/platform-limits.md), as the sender keeps it: Telegram's names for
 * the {@link PaceLimits} of bot-core's paced sender ({@link #toPaceLimits()}).
 *
 * @param overallPerSecond bulk messages (broadcasts) in any one-second window, across all chats (30;
 *     up to 1,000 with paid broadcasts); answers to people who write are not held to it
 * @param chatBurst messages a chat may receive at once before the per-chat pace applies
 * @param chatInterval the per-chat pace once the burst is spent (1 s)
 * @param groupPerMinute messages in any sixty-second window to one group or channel (20)
 * @param maxAttempts attempts of a call that fails on the way or with a 5xx, before giving up
 * @param firstBackoff the wait before the second attempt; doubled each time, with jitter
 * @param groupWindow the window {@code groupPerMinute} counts in: one minute for Telegram; only tests
 *     shrink it, so that "the fourth message to a group waits" takes a second, not a minute
 * @param safety added to every window and interval the sender keeps: a call counted as started at t
 *     reaches Telegram a few milliseconds later, so windows kept to the millisecond let the 31st call
 *     of a second arrive within the second Telegram counts (measured against the fake with flood
 *     control: 17 429s in 300 messages without it, none with 60 ms)
 * @param answerPerSecond an operator's cap on answers in any second; 0 for none
 */
public record FloodLimits(int overallPerSecond, int chatBurst, Duration chatInterval, int groupPerMinute, int maxAttempts,
        Duration firstBackoff, Duration groupWindow, Duration safety, int answerPerSecond) {

    /** Answers uncapped. */
    public FloodLimits(int overallPerSecond, int chatBurst, Duration chatInterval, int groupPerMinute, int maxAttempts,
            Duration firstBackoff, Duration groupWindow, Duration safety) {
        this(overallPerSecond, chatBurst, chatInterval, groupPerMinute, maxAttempts, firstBackoff, groupWindow, safety, 0);
    }

    /** Telegram's one-minute group window. */
    public static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    public static final Duration SAFETY = Duration.ofMillis(60);

    /** Exact limits, no safety margin (tests that check the scheduling to the nanosecond). */
    public FloodLimits(int overallPerSecond, int chatBurst, Duration chatInterval, int groupPerMinute, int maxAttempts,
            Duration firstBackoff, Duration groupWindow) {
        this(overallPerSecond, chatBurst, chatInterval, groupPerMinute, maxAttempts, firstBackoff, groupWindow, Duration.ZERO);
    }

    /** The limits with Telegram's one-minute group window. */
    public FloodLimits(int overallPerSecond, int chatBurst, Duration chatInterval, int groupPerMinute, int maxAttempts,
            Duration firstBackoff) {
        this(overallPerSecond, chatBurst, chatInterval, groupPerMinute, maxAttempts, firstBackoff, ONE_MINUTE);
    }

    public static FloodLimits telegram() {
        return new FloodLimits(30, 3, Duration.ofSeconds(1), 20, 5, Duration.ofMillis(500), ONE_MINUTE, SAFETY);
    }

    /** The same limits with an operator's rates: bulk messages a second, and a cap on answers (0: none). */
    public FloodLimits withRates(int bulkPerSecond, int answerCap) {
        return new FloodLimits(bulkPerSecond, chatBurst, chatInterval, groupPerMinute, maxAttempts, firstBackoff, groupWindow,
                safety, answerCap);
    }

    /**
     * The same limits in the paced sender's terms: a chat is a lane, and groups and channels are the
     * windowed lanes.
     *
     * @throws IllegalArgumentException when a limit is not positive
     */
    public PaceLimits toPaceLimits() {
        return new PaceLimits(overallPerSecond, chatBurst, chatInterval, groupPerMinute, groupWindow, maxAttempts,
                firstBackoff, safety, answerPerSecond, false);
    }
}
