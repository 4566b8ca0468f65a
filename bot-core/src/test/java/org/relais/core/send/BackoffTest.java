package org.relais.core.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits before a call is made again. */
class BackoffTest {

    @Test
    void backoffDoublesWithinTwentyPercent() {
        Duration first = Duration.ofMillis(500);
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.afterFailure(first, 1)).isBetween(400 * 1_000_000L, 600 * 1_000_000L);
            assertThat(Backoff.afterFailure(first, 3)).isBetween(1600 * 1_000_000L, 2400 * 1_000_000L);
        }
    }

    @Test
    void aFloodWaitsWhatThePlatformAskedPlusAMargin() {
        assertThat(Backoff.afterFlood(Duration.ofSeconds(7))).isEqualTo(Duration.ofMillis(7200).toNanos());
    }
}
