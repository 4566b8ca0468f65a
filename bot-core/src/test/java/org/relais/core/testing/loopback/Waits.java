package org.relais.core.testing.loopback;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounded waits on a monitor that is notified whenever what is probed may have changed, and pauses; shared by the
 * fakes, whose {@code await…} methods all wait this way.
 */
public final class Waits {

    private Waits() {
    }

    /**
     * Probes under {@code monitor} until it gives non-null, waiting for notifications in between.
     *
     * @throws AssertionError with {@code failure}'s text when {@code timeout} passes first (or on interruption)
     */
    public static <T> T until(Object monitor, Supplier<T> probe, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                T found = probe.get();
                if (found != null) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(failure.get());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting: " + failure.get(), e);
                }
            }
        }
    }

    /** Sleeps (not at all for a zero or negative delay), keeping the interruption. */
    public static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
