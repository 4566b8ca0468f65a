package org.relais.telegram.send;

import java.time.Duration;

/** Flood limits for tests: everything open except what a test closes, so that each proves one limit. */
final class TestLimits {

    private int overall = 10_000;
    private int burst = 10_000;
    private Duration interval = Duration.ZERO;
    private int group = 10_000;
    private Duration groupWindow = Duration.ofSeconds(1);
    private int attempts = 5;
    private Duration backoff = Duration.ofMillis(20);

    static TestLimits open() {
        return new TestLimits();
    }

    TestLimits overall(int perSecond) {
        this.overall = perSecond;
        return this;
    }

    TestLimits chat(int burst, long intervalMillis) {
        this.burst = burst;
        this.interval = Duration.ofMillis(intervalMillis);
        return this;
    }

    TestLimits group(int perWindow, long windowMillis) {
        this.group = perWindow;
        this.groupWindow = Duration.ofMillis(windowMillis);
        return this;
    }

    TestLimits retries(int maxAttempts, long firstBackoffMillis) {
        this.attempts = maxAttempts;
        this.backoff = Duration.ofMillis(firstBackoffMillis);
        return this;
    }

    FloodLimits build() {
        return new FloodLimits(overall, burst, interval, group, attempts, backoff, groupWindow);
    }
}
