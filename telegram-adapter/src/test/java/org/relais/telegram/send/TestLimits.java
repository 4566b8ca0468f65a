package org.relais.telegram.send;

import org.relais.core.send.PaceLimits;
import org.relais.core.send.TestPaceLimits;

/**
 * Flood limits for tests: bot-core's {@link TestPaceLimits} in Telegram's words (a chat is a lane, a
 * group's window the windowed limit), everything open except what a test closes.
 */
final class TestLimits {

    private final TestPaceLimits limits = TestPaceLimits.open();

    static TestLimits open() {
        return new TestLimits();
    }

    TestLimits overall(int perSecond) {
        limits.overall(perSecond);
        return this;
    }

    TestLimits chat(int burst, long intervalMillis) {
        limits.lane(burst, intervalMillis);
        return this;
    }

    TestLimits group(int perWindow, long windowMillis) {
        limits.window(perWindow, windowMillis);
        return this;
    }

    TestLimits retries(int maxAttempts, long firstBackoffMillis) {
        limits.retries(maxAttempts, firstBackoffMillis);
        return this;
    }

    /** Exact limits, no safety margin. */
    FloodLimits build() {
        PaceLimits open = limits.build();
        return new FloodLimits(open.overallPerSecond(), open.laneBurst(), open.laneInterval(), open.windowedLimit(),
                open.maxAttempts(), open.firstBackoff(), open.window());
    }
}
