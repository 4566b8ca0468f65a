package org.relais.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The benchmark still walks its volunteers to the end after a flow changes. It judges no time (the
 * machines are shared and noisy): it only checks that every figure is printed.
 */
class BenchmarkTest {
    @Test
    void aSmallRunPrintsEveryFigure() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Benchmark.run(16, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(out).contains("raw durable single-row commits/s", "engine events/s (one durable transaction each)",
                "ratio engine / raw commits", "engine events/s on the in-memory store", "time per event: p50");
    }
}
