package org.relais.core.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.PriorityQueue;

/**
 * Which lane's call starts next, and when: the three limits combined, without threads or clocks
 * (every method takes "now", a {@link System#nanoTime()} value), so that it can be reasoned about,
 * and tested, on its own.
 *
 * <p>A lane whose own limits (pause, token bucket, window) have not come yet waits in
 * {@code delayed}, ordered by the time they come; it holds nobody back. A lane whose limits have
 * come waits in {@code ready}, ordered by the submission number of its oldest call: the call that has
 * waited longest goes first (fairness), as soon as the overall window has room. So the overall limit
 * is the only one shared between lanes, and it is taken in order of waiting time.
 *
 * <p>Lanes that are idle and fully recovered are forgotten every {@link #PURGE_EVERY_NANOS}, so
 * that a broadcast to ten thousand chats does not leave ten thousand lanes behind. Not thread-safe:
 * the {@link SendQueue}'s lock guards it.
 */
final class LaneSchedule {

    static final long PURGE_EVERY_NANOS = 10_000_000_000L;

    private final PaceLimits limits;
    private final SlidingWindow overall;
    private final Map<String, LaneQueue> lanes = new HashMap<>();
    private final PriorityQueue<LaneQueue> ready = new PriorityQueue<>(Comparator.comparingLong(lane -> lane.head().seq));
    /** Lanes of calls that are not messages: they take no share of the overall window. */
    private final PriorityQueue<LaneQueue> readyUnpaced = new PriorityQueue<>(Comparator.comparingLong(lane -> lane.head().seq));
    private final PriorityQueue<LaneQueue> delayed = new PriorityQueue<>((a, b) -> Long.signum(a.readyAt() - b.readyAt()));
    private long lastPurge;

    LaneSchedule(PaceLimits limits, long now) {
        this.limits = limits;
        this.overall = new SlidingWindow(limits.overallPerSecond(), Duration.ofSeconds(1).plus(limits.safety()));
        this.lastPurge = now;
    }

    /** Queues a call behind its lane's earlier ones; true when its lane starts waiting (was idle). */
    boolean add(PendingCall<?> call, long now) {
        LaneQueue lane = lanes.computeIfAbsent(call.to.key(), key -> new LaneQueue(call.to, limits, now));
        boolean starts = lane.add(call);
        if (starts) {
            enqueue(lane, now);
        }
        return starts;
    }

    /** The call to start now (its lane's token, window slot and the overall slot are spent), or null. */
    PendingCall<?> next(long now) {
        purgeIfDue(now);
        while (!delayed.isEmpty() && delayed.peek().readyAt() - now <= 0) {
            LaneQueue due = delayed.poll();
            (due.lane.paced() ? ready : readyUnpaced).add(due);
        }
        if (!readyUnpaced.isEmpty()) {
            return readyUnpaced.poll().start(now);
        }
        LaneQueue lane = ready.peek();
        if (lane == null || overall.readyAt(now) - now > 0) {
            return null;
        }
        ready.poll();
        overall.record(now);
        return lane.start(now);
    }

    /** When {@link #next} returned null: the time something may be ready (empty: nothing queued). */
    OptionalLong wakeAt(long now) {
        if (!readyUnpaced.isEmpty()) {
            return OptionalLong.of(now);
        }
        if (!ready.isEmpty()) {
            return OptionalLong.of(overall.readyAt(now));
        }
        return delayed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(delayed.peek().readyAt());
    }

    /** Before {@link #returned}: the call's lane makes no call before {@code until}. */
    void pause(PendingCall<?> call, long until) {
        lanes.get(call.to.key()).pause(until);
    }

    /** The call on its way came back, settled or to be made again; its lane waits again if it has calls. */
    void returned(PendingCall<?> call, boolean settled, long now) {
        LaneQueue lane = lanes.get(call.to.key());
        lane.returned(settled);
        if (lane.isWaiting()) {
            enqueue(lane, now);
        }
    }

    /** Removes the queued calls of the call's lane (the call itself, on its way, stays). */
    List<PendingCall<?>> removeQueued(PendingCall<?> call) {
        return lanes.get(call.to.key()).remove(false);
    }

    /** Removes every queued call, and the calls on their way too if asked. */
    List<PendingCall<?>> removeAll(boolean inFlightToo) {
        List<PendingCall<?>> removed = new ArrayList<>();
        lanes.values().forEach(lane -> removed.addAll(lane.remove(inFlightToo)));
        ready.clear();
        readyUnpaced.clear();
        delayed.clear();
        return removed;
    }

    /** Lanes remembered (queued, waiting or still recovering), for tests. */
    int laneCount() {
        return lanes.size();
    }

    private void enqueue(LaneQueue lane, long now) {
        boolean due = lane.computeReadyAt(now) - now <= 0;
        (!due ? delayed : lane.lane.paced() ? ready : readyUnpaced).add(lane);
    }

    private void purgeIfDue(long now) {
        if (now - lastPurge >= PURGE_EVERY_NANOS) {
            lastPurge = now;
            lanes.values().removeIf(lane -> lane.isForgettable(now));
        }
    }
}
