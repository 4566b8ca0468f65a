package org.relais.core.send;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One lane's queue and limits: its calls in submission order, its token bucket, for a windowed lane
 * its per-window limit, and a pause (after a 429 or a failure). A lane has at most one call on its
 * way, and that call stays at the head until it is settled, so a retried call keeps its place and
 * the lane's calls go out in order, one after the other.
 *
 * <p>A lane is in exactly one state: idle (nothing queued), waiting (in the {@link LaneSchedule}'s
 * ready or delayed queue, with {@link #readyAt()} fixed when it started waiting: only the lane's own
 * starts and pauses move it), or in flight. Not thread-safe: the {@link SendQueue}'s lock guards it.
 */
final class LaneQueue {

    final Lane lane;
    private final ArrayDeque<PendingCall<?>> calls = new ArrayDeque<>();
    private final LanePace pace;
    private final SlidingWindow window;
    private final long intervalNanos;
    private long pausedUntil;
    private long readyAt;
    private boolean inFlight;
    /** The last two starts of calls that took the chat's pace, to tell whose limit a 429 was. */
    private long lastPacedStart;
    private long previousPacedStart;
    private int pacedStarts;

    LaneQueue(Lane lane, PaceLimits limits, long now) {
        this.lane = lane;
        this.pace = lane.paced() ? new LanePace(limits.laneBurst(), limits.laneInterval().plus(limits.safety()), now)
                : new LanePace(1, Duration.ZERO, now);
        this.window = lane.windowed() && lane.paced()
                ? new SlidingWindow(limits.windowedLimit(), limits.window().plus(limits.safety()))
                : null;
        this.intervalNanos = limits.laneInterval().toNanos();
        this.pausedUntil = now;
    }

    /** Queues a call; true when the lane was idle and so must start waiting. */
    boolean add(PendingCall<?> call) {
        boolean wasIdle = isIdle();
        calls.addLast(call);
        return wasIdle;
    }

    PendingCall<?> head() {
        return calls.peekFirst();
    }

    boolean isIdle() {
        return !inFlight && calls.isEmpty();
    }

    boolean isWaiting() {
        return !inFlight && !calls.isEmpty();
    }

    /**
     * Fixes, and returns, the earliest time the head may start as far as this lane's limits go: an
     * edit waits only for a pause, answers and bulk messages for the chat's pace and window too.
     */
    long computeReadyAt(long now) {
        if (!head().to.traffic().takesChatPace()) {
            readyAt = later(now, pausedUntil);
            return readyAt;
        }
        long at = later(now, later(pausedUntil, pace.readyAt()));
        readyAt = window == null ? at : later(at, window.readyAt(now));
        return readyAt;
    }

    /** The kind of call at the head, which decides the queue the lane waits in. */
    Traffic headTraffic() {
        return head().to.traffic();
    }

    long readyAt() {
        return readyAt;
    }

    /** The head starts now: spends this lane's token and window slot. */
    PendingCall<?> start(long now) {
        if (headTraffic().takesChatPace()) {
            pace.take(now);
            if (window != null) {
                window.record(now);
            }
            previousPacedStart = lastPacedStart;
            lastPacedStart = now;
            pacedStarts++;
        }
        inFlight = true;
        return calls.peekFirst();
    }

    /**
     * Whether the chat's own limits may explain a 429 to the call on its way: it followed another
     * message to the chat within one interval (the burst was in use), or the chat's window is full.
     * If not, the 429 speaks of the whole bot (Telegram does not say which limit it was).
     */
    boolean mayExplainFlood(long now) {
        boolean burstInUse = pacedStarts >= 2 && lastPacedStart - previousPacedStart < intervalNanos;
        return burstInUse || (window != null && window.readyAt(now) - now > 0);
    }

    /** The call on its way came back; {@code settled} drops it from the head, else it is tried again. */
    void returned(boolean settled) {
        inFlight = false;
        if (settled) {
            calls.pollFirst();
        }
    }

    /** No call of this lane starts before {@code until}. */
    void pause(long until) {
        pausedUntil = later(pausedUntil, until);
    }

    /** Removes the queued calls, and the one on its way too if asked; returns them in order. */
    List<PendingCall<?>> remove(boolean inFlightToo) {
        List<PendingCall<?>> removed = new ArrayList<>(calls);
        calls.clear();
        if (inFlight && !inFlightToo && !removed.isEmpty()) {
            calls.addFirst(removed.remove(0));
        }
        return removed;
    }

    /** Idle with every limit recovered: forgetting the lane changes nothing (it would come back fresh). */
    boolean isForgettable(long now) {
        return isIdle() && pausedUntil - now <= 0 && pace.isFull(now) && (window == null || window.isClear(now));
    }

    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }
}
