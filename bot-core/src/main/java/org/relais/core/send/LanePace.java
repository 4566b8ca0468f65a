package org.relais.core.send;

import java.time.Duration;

/**
 * One lane's token bucket ({@code burst} tokens, one more every {@code interval}), written as the
 * equivalent "generic cell rate algorithm": a single theoretical arrival time instead of a token
 * count and a refill clock, so there is no fraction and no refill timer. A call may start when
 * {@code tat - (burst - 1) * interval} has come; each start pushes {@code tat} one interval on.
 * A fresh lane ({@code tat = now}) may take {@code burst} calls at once, then one per interval.
 * Not thread-safe: the {@link SendQueue}'s lock guards it.
 */
final class LanePace {

    private final long intervalNanos;
    private final long toleranceNanos;
    private long tat;

    LanePace(int burst, Duration interval, long now) {
        if (burst < 1 || interval.isNegative()) {
            throw new IllegalArgumentException("a lane pace needs a burst >= 1 and an interval >= 0");
        }
        this.intervalNanos = interval.toNanos();
        this.toleranceNanos = (burst - 1) * intervalNanos;
        this.tat = now;
    }

    /** The earliest time the next call may start (may be in the past). */
    long readyAt() {
        return tat - toleranceNanos;
    }

    /** Spends a token at {@code now}. */
    void take(long now) {
        tat = (tat - now > 0 ? tat : now) + intervalNanos;
    }

    /** Whether the bucket is full again (a fresh bucket would behave the same). */
    boolean isFull(long now) {
        return tat - now <= 0;
    }
}
