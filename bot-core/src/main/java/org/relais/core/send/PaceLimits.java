package org.relais.core.send;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a {@link PacedSender} keeps before calling, rather than learning them from 429s. A
 * platform states its own (Telegram's flood guidance, Slack's per-channel pace); tests open every
 * limit but the one they prove, and shrink the windows, instead of faking time.
 *
 * @param overallPerSecond bulk messages ({@link Traffic#BULK}) started in any one-second window, across
 *     all lanes (Telegram: 30, its FAQ's rate for bulk notifications); answers too when
 *     {@code answersInOverall}
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
 * @param answerPerSecond an operator's cap on answers ({@link Traffic#ANSWER}) started in any second,
 *     in a window of their own; 0 for none (the default: answers keep only their chat's pace)
 * @param answersInOverall answers take a slot of the overall window too, ahead of bulk messages (Slack,
 *     whose workspace-wide limit counts every message); Telegram: false, until a 429 that no chat's
 *     pace explains shows that this bot's answers are counted ({@link LaneSchedule#learnAnswersCount})
 */
public record PaceLimits(int overallPerSecond, int laneBurst, Duration laneInterval, int windowedLimit, Duration window,
        int maxAttempts, Duration firstBackoff, Duration safety, int answerPerSecond, boolean answersInOverall) {

    /** Answers held to nothing but their chat's pace. */
    public PaceLimits(int overallPerSecond, int laneBurst, Duration laneInterval, int windowedLimit, Duration window,
            int maxAttempts, Duration firstBackoff, Duration safety) {
        this(overallPerSecond, laneBurst, laneInterval, windowedLimit, window, maxAttempts, firstBackoff, safety, 0, false);
    }

    /** The same limits, answers capped at {@code perSecond} (0: no cap). */
    public PaceLimits withAnswerCap(int perSecond) {
        return new PaceLimits(overallPerSecond, laneBurst, laneInterval, windowedLimit, window, maxAttempts, firstBackoff,
                safety, perSecond, answersInOverall);
    }

    /** The same limits, answers sharing the overall window (ahead of bulk messages). */
    public PaceLimits withAnswersInOverall() {
        return new PaceLimits(overallPerSecond, laneBurst, laneInterval, windowedLimit, window, maxAttempts, firstBackoff,
                safety, answerPerSecond, true);
    }

    public PaceLimits {
        if (answerPerSecond < 0) {
            throw new IllegalArgumentException("answerPerSecond must not be negative: " + answerPerSecond);
        }
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
