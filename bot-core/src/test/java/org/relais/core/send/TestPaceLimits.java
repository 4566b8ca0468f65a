package org.relais.core.send;

import java.time.Duration;

/**
 * Pace limits for tests: everything open except what a test closes, so that each proves one limit.
 * Public, in the test-jar: the adapters' sender tests build their limits with it too.
 */
public final class TestPaceLimits {

    private int overall = 10_000;
    private int burst = 10_000;
    private Duration interval = Duration.ZERO;
    private int windowed = 10_000;
    private Duration window = Duration.ofSeconds(1);
    private int attempts = 5;
    private Duration backoff = Duration.ofMillis(20);

    public static TestPaceLimits open() {
        return new TestPaceLimits();
    }

    public TestPaceLimits overall(int perSecond) {
        this.overall = perSecond;
        return this;
    }

    public TestPaceLimits lane(int burst, long intervalMillis) {
        this.burst = burst;
        this.interval = Duration.ofMillis(intervalMillis);
        return this;
    }

    public TestPaceLimits window(int perWindow, long windowMillis) {
        this.windowed = perWindow;
        this.window = Duration.ofMillis(windowMillis);
        return this;
    }

    public TestPaceLimits retries(int maxAttempts, long firstBackoffMillis) {
        this.attempts = maxAttempts;
        this.backoff = Duration.ofMillis(firstBackoffMillis);
        return this;
    }

    /** Exact limits, no safety margin: the schedule's times can be checked to the nanosecond. */
    public PaceLimits build() {
        return new PaceLimits(overall, burst, interval, windowed, window, attempts, backoff, Duration.ZERO);
    }
}
