package org.relais.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What Relais measures, named in one place (the README's "Metrics" lists them as Prometheus shows
 * them). Everything goes to Micrometer's global registry, the way SLF4J's loggers are the process's:
 * the core and the adapters count, and {@code relais serve} adds the registry that {@code GET /metrics}
 * exports. Until one is added nothing is kept. Tags are bounded sets (platform, kind, outcome,
 * traffic), never a person or a chat: a label per chat would grow without end.
 */
public final class Meters {
    /** From what feels instant to the minutes of an unanswered crowd. */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
        Duration.ofSeconds(120)};

    private Meters() {
    }

    public static MeterRegistry registry() {
        return Metrics.globalRegistry;
    }

    /** An event the engine handled: counted, and timed from its start to its commit. */
    public static void handled(String platform, String kind, long nanos) {
        Counter.builder("relais.updates").description("Updates the engine handled")
                .tags("platform", platform, "kind", kind).register(registry()).increment();
        Timer.builder("relais.engine.handling").description("Time the engine took for one update, commit included")
                .tags("platform", platform).register(registry()).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** An update not handled because its person's queue was full (they were told to slow down). */
    public static void skipped(String platform) {
        Counter.builder("relais.updates.skipped").description("Updates dropped because their person's queue was full")
                .tags("platform", platform).register(registry()).increment();
    }

    /** From the update's arrival to the platform accepting the last message of its answer. */
    public static void answered(String platform, long nanos) {
        latency("relais.answer.latency", "From an update's arrival to the last message of its answer accepted", platform)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** From a button press's arrival to the platform accepting its acknowledgement (the spinner stops). */
    public static void acknowledged(String platform, long nanos) {
        latency("relais.callback.latency", "From a button press's arrival to its acknowledgement accepted", platform)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Timer latency(String name, String description, String platform) {
        return Timer.builder(name).description(description).tags("platform", platform)
                .serviceLevelObjectives(LATENCY_BUCKETS).register(registry());
    }
}
