package org.relais.core.send;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a lane waits before its call is made again. After a 5xx or a failure on the way:
 * {@code firstBackoff}, doubled after each further failure, each wait drawn within ±20 % so that
 * lanes that failed together (the platform or the network was down) do not all come back at the same
 * instant. After a 429: exactly what the platform asked, plus a small margin for clock and rounding.
 */
final class Backoff {

    /** Added to a 429's wait: platforms count it in whole seconds, and our clock is not theirs. */
    static final Duration FLOOD_MARGIN = Duration.ofMillis(200);

    private static final double JITTER = 0.2;
    private static final int MAX_DOUBLINGS = 16;

    private Backoff() {}

    /** The wait after the {@code failures}-th failed attempt (1 = the first). */
    static long afterFailure(Duration firstBackoff, int failures) {
        double base = firstBackoff.toNanos() * Math.pow(2, Math.min(Math.max(failures - 1, 0), MAX_DOUBLINGS));
        double factor = 1 + JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return (long) (base * factor);
    }

    /** The wait after a 429 that said {@code retryAfter}. */
    static long afterFlood(Duration retryAfter) {
        return retryAfter.plus(FLOOD_MARGIN).toNanos();
    }
}
