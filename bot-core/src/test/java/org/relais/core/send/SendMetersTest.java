package org.relais.core.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.core.send.ScriptedPlatform.refuse;
import static org.relais.core.send.ScriptedPlatform.tooManyRequests;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a sender counts for {@code GET /metrics}, read from a registry added to the global one as
 * {@code relais serve} adds Prometheus's: each attempt by traffic and outcome, each 429 by the scope
 * it paused, and the calls waiting, back to zero once all are settled. The platform name is this
 * test's own, so other tests' figures do not mix in.
 */
@Timeout(20)
class SendMetersTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScriptedPlatform platform = new ScriptedPlatform();

    SendMetersTest() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void removeRegistry() {
        Metrics.removeRegistry(registry);
    }

    private double sends(String traffic, String outcome) {
        return registry.get("relais.sends").tags("platform", "meterstest", "traffic", traffic, "outcome", outcome).counter().count();
    }

    @Test
    void everyAttemptIsCountedByItsOutcomeAnd429sByTheirScope() {
        platform.script("C1", () -> { }, tooManyRequests(Duration.ofMillis(200)));
        platform.script("C2", refuse(400));
        try (PacedSender sender = new PacedSender("MetersTest", TestPaceLimits.open().lane(3, 1000).build(), platform, lane -> { },
                PacedSender.DEFAULT_DRAIN, 2)) {
            Lane c1 = new Lane("C1", "im", false);
            CompletableFuture<String> zero = sender.submit(c1, "zero", platform.call("C1", "zero"));
            CompletableFuture<String> one = sender.submit(c1, "one", platform.call("C1", "one"));
            CompletableFuture<String> refused = sender.submit(new Lane("C2", "channel", false, Traffic.BULK), "bulk",
                    platform.call("C2", "bulk"));
            assertThat(one).succeedsWithin(WITHIN);
            assertThat(zero).isDone();
            assertThat(refused).failsWithin(WITHIN);
        }
        assertThat(sends("answer", "delivered")).isEqualTo(2);
        assertThat(sends("answer", "rate_limited")).as("the 429, then the same call again, delivered").isEqualTo(1);
        assertThat(sends("bulk", "refused")).isEqualTo(1);
        assertThat(sends("bulk", "delivered")).isZero();
        assertThat(registry.get("relais.rate.limited").tags("platform", "meterstest", "scope", "chat").counter().count())
                .as("C1 was in its burst: its own pace explains the 429").isEqualTo(1);
        assertThat(registry.find("relais.rate.limited").tags("platform", "meterstest", "scope", "bot").counter()).isNull();
        assertThat(registry.get("relais.send.queued").tags("platform", "meterstest").gauges())
                .as("one gauge per traffic, all back to zero").hasSize(Traffic.values().length)
                .allSatisfy(gauge -> assertThat(gauge.value()).isZero());
    }
}
