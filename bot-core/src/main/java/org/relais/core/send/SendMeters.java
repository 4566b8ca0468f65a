package org.relais.core.send;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.relais.core.metrics.Meters;

/**
 * One sender's figures for {@code GET /metrics}: calls by traffic and outcome, 429s by the scope
 * they paused, and the calls waiting in each kind of traffic (a lane is a chat: one gauge per chat
 * would grow without end, so depths are summed per traffic). Updated under the queue's lock, read
 * by a scrape from any thread.
 */
final class SendMeters {
    /** What became of one attempt. */
    enum Outcome { DELIVERED, RATE_LIMITED, RETRIED, BLOCKED, REFUSED, FAILED }

    private final String platform;
    private final AtomicIntegerArray waiting = new AtomicIntegerArray(Traffic.values().length);
    private final Map<Traffic, Map<Outcome, Counter>> outcomes = new EnumMap<>(Traffic.class);

    SendMeters(String platform) {
        this.platform = platform.toLowerCase(Locale.ROOT);
        for (Traffic traffic : Traffic.values()) {
            String kind = traffic.name().toLowerCase(Locale.ROOT);
            Gauge.builder("relais.send.queued", waiting, w -> w.get(traffic.ordinal()))
                    .description("Calls waiting to be made or on their way, per kind of traffic")
                    .tags("platform", this.platform, "traffic", kind).register(Meters.registry());
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("relais.sends").description("Platform calls made, by what came of them")
                        .tags("platform", this.platform, "traffic", kind, "outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(Meters.registry()));
            }
            outcomes.put(traffic, byOutcome);
        }
    }

    void queued(Traffic traffic) {
        waiting.incrementAndGet(traffic.ordinal());
    }

    void settled(Traffic traffic) {
        waiting.decrementAndGet(traffic.ordinal());
    }

    void attempt(Traffic traffic, Outcome outcome) {
        outcomes.get(traffic).get(outcome).increment();
    }

    /** A 429: {@code wholeBot} when it paused every message, else only its chat's. */
    void rateLimited(boolean wholeBot) {
        Counter.builder("relais.rate.limited").description("429 answers, by what they paused")
                .tags("platform", platform, "scope", wholeBot ? "bot" : "chat").register(Meters.registry()).increment();
    }
}
