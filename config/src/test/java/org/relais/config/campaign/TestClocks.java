package org.relais.config.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed clocks in UTC: the code under test must read "today" in the campaign's own zone. */
final class TestClocks {
    private TestClocks() {}

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
