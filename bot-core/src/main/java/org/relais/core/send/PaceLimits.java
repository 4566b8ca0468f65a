package org.relais.core.send;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a {@link PacedSender} keeps before calling, rather than learning them from 429s. A
 * platform states its own (Telegram's flood guidance, Slack's per-channel pace); tests open every
 * limit but the one they prove, and shrink the windows, instead of faking time.
 *
 * @param overallPerSecond calls started in any one-second window, across all lanes (Telegram: about 30)
 * @param laneBurst calls a lane may start at once before its pace applies
 * @param laneInterval a lane's pace once its burst is spent (Telegram and Slack: one second)
 * @param windowedLimit calls started to one {@linkplain Lane#windowed() windowed} lane in any
 *     {@code window} (Telegram: 20 to a group or a channel)
 * @param window the window {@code windowedLimit} counts in (Telegram: one minute)
 * @param maxAttempts attempts of a call that fails on the way or with a 5xx ({@link Verdict.Kind#RETRY}),
 *     before giving up; a 429 ({@link Verdict.Kind#FLOOD}) does not count
 * @param firstBackoff the wait before the second attempt; doubled each time, with jitter ({@link Backoff})
 * @param safety added to every window and interval the sender keeps: a call counted as started at t
 *     reaches the platform a few milliseconds later, so windows kept to the millisecond let the 31st
 *     call of a second arrive within the second the platform counts (measured against the fake
 *     Telegram with flood control: 17 429s in 300 messages without it, none with 60 ms)
 */
public record PaceLimits(int overallPerSecond, int laneBurst, Duration laneInterval, int windowedLimit, Duration window,
        int maxAttempts, Duration firstBackoff, Duration safety) {

    public PaceLimits {
        atLeastOne("overallPerSecond", overallPerSecond);
        atLeastOne("laneBurst", laneBurst);
        atLeastOne("windowedLimit", windowedLimit);
        atLeastOne("maxAttempts", maxAttempts);
        notNegative("laneInterval", laneInterval);
        notNegative("firstBackoff", firstBackoff);
        notNegative("safety", safety);
        if (notNegative("window", window).isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + value);
        }
    }

    private static Duration notNegative(String name, Duration value) {
        if (Objects.requireNonNull(value, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }
}
