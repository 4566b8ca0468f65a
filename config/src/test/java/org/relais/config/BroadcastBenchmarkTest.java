package org.relais.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The broadcast benchmark, small, so that it keeps working: every chat gets the announcement exactly
 * once and the figures are printed. No time is judged here (see {@link BroadcastBenchmark}).
 */
class BroadcastBenchmarkTest {

    @Test
    void aSmallBroadcastReachesEveryChatOnceAndPrintsItsFigures() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        BroadcastBenchmark.Figures figures = BroadcastBenchmark.run(20, 8, 6,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(figures.duplicates()).isZero();
        assertThat(figures.losses()).isZero();
        assertThat(figures.tally().sent()).isEqualTo(34);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ratio time / floor", "duplicates: 0", "losses: 0");
    }
}
