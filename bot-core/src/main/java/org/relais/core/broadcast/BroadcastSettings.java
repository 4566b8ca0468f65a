package org.relais.core.broadcast;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link Broadcaster} works.
 *
 * @param poll how often it looks for due broadcasts (a scheduled one goes out within this of its time)
 * @param lease how old a dead worker's claim must be before another worker takes it over: zero for a
 *     database only this process can open (an H2 file), a few minutes where several instances share one
 * @param window announcements handed to one platform's sender at once: enough to keep it busy at its
 *     limits, few enough that a volunteer's answer never queues behind a whole broadcast
 * @param progressEvery at most one edit of the progress message in this time (each edit is a message
 *     in the coordinator's chat's budget)
 * @param drain on close, how long the announcements on their way may take to come back and be recorded
 */
public record BroadcastSettings(Duration poll, Duration lease, int window, Duration progressEvery, Duration drain) {

    public static final BroadcastSettings DEFAULTS = new BroadcastSettings(Duration.ofSeconds(1), Duration.ZERO, 40,
            Duration.ofSeconds(3), Duration.ofSeconds(5));

    public BroadcastSettings {
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(progressEvery, "progressEvery");
        Objects.requireNonNull(drain, "drain");
        if (poll.isNegative() || poll.isZero() || lease.isNegative() || window < 1 || progressEvery.isNegative()
                || drain.isNegative()) {
            throw new IllegalArgumentException("poll > 0, lease >= 0, window >= 1, progressEvery >= 0, drain >= 0");
        }
    }

    public BroadcastSettings withLease(Duration lease) {
        return new BroadcastSettings(poll, lease, window, progressEvery, drain);
    }
}
