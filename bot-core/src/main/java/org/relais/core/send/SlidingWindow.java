package org.relais.core.send;

import java.time.Duration;

/**
 * "At most {@code limit} calls started in any window of {@code window}", kept exactly: the last
 * {@code limit} start times in a ring. Used twice: the overall cap across all lanes (Telegram: 30 a
 * second), and the per-window limit of a windowed lane (Telegram: 20 a minute to a group).
 *
 * <p>Why a log and not a counter reset every second: a fixed-window counter lets 30 calls end one
 * second and 30 more start the next, 60 within a few milliseconds, which is what platforms punish.
 * Times are {@link System#nanoTime()} values, compared by difference. Not thread-safe: the
 * {@link SendQueue}'s lock guards it.
 */
final class SlidingWindow {

    private final long[] starts;
    private final long windowNanos;
    private int next;
    private int count;

    SlidingWindow(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a window needs a positive limit and length: " + limit + ", " + window);
        }
        this.starts = new long[limit];
        this.windowNanos = window.toNanos();
    }

    /** The earliest time a call may start: {@code now} while the window has room (may be in the past). */
    long readyAt(long now) {
        return count < starts.length ? now : starts[next] + windowNanos;
    }

    /** Records a start; the caller made sure {@link #readyAt} had come. */
    void record(long now) {
        starts[next] = now;
        next = (next + 1) % starts.length;
        count = Math.min(count + 1, starts.length);
    }

    /** Whether every recorded start has left the window (a fresh window would behave the same). */
    boolean isClear(long now) {
        int newest = (next + starts.length - 1) % starts.length;
        return count == 0 || starts[newest] + windowNanos - now <= 0;
    }
}
