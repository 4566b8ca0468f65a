package org.relais.core.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Limits that cannot be kept are refused when they are made, with the limit's name. */
class PaceLimitsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void acceptsSlacksAndTelegramsLimits() {
        assertThat(new PaceLimits(1, 3, SECOND, 20, Duration.ofMinutes(1), 5, Duration.ofMillis(500), Duration.ZERO).laneBurst())
                .isEqualTo(3);
        assertThat(new PaceLimits(30, 3, SECOND, 20, Duration.ofMinutes(1), 5, Duration.ofMillis(500), Duration.ofMillis(60))
                .overallPerSecond()).isEqualTo(30);
    }

    @Test
    void refusesWhatCannotBeKept() {
        assertThatThrownBy(() -> new PaceLimits(0, 3, SECOND, 20, SECOND, 5, SECOND, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overallPerSecond");
        assertThatThrownBy(() -> new PaceLimits(30, 0, SECOND, 20, SECOND, 5, SECOND, Duration.ZERO))
                .hasMessageContaining("laneBurst");
        assertThatThrownBy(() -> new PaceLimits(30, 3, SECOND.negated(), 20, SECOND, 5, SECOND, Duration.ZERO))
                .hasMessageContaining("laneInterval");
        assertThatThrownBy(() -> new PaceLimits(30, 3, SECOND, 0, SECOND, 5, SECOND, Duration.ZERO))
                .hasMessageContaining("windowedLimit");
        assertThatThrownBy(() -> new PaceLimits(30, 3, SECOND, 20, Duration.ZERO, 5, SECOND, Duration.ZERO))
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new PaceLimits(30, 3, SECOND, 20, SECOND, 0, SECOND, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new PaceLimits(30, 3, SECOND, 20, SECOND, 5, SECOND.negated(), Duration.ZERO))
                .hasMessageContaining("firstBackoff");
        assertThatThrownBy(() -> new PaceLimits(30, 3, SECOND, 20, SECOND, 5, SECOND, SECOND.negated()))
                .hasMessageContaining("safety");
        assertThatThrownBy(() -> new PaceLimits(30, 3, null, 20, SECOND, 5, SECOND, Duration.ZERO))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("laneInterval");
    }
}
