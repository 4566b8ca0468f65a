package org.relais.telegram.send;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.relais.telegram.ChatKind;

/**
 * One chat's queue and limits: its calls in submission order, its token bucket, for a group or a
 * channel its per-minute window, and a pause (after a 429 or a failure). A lane has at most one call
 * on its way, and that call stays at the head until it is settled, so a retried call keeps its place
 * and the chat's calls go out in order, one after the other.
 *
 * <p>A lane is in exactly one state: idle (nothing queued), waiting (in the {@link LaneSchedule}'s
 * ready or delayed queue, with {@link #readyAt()} fixed when it started waiting: only the lane's own
 * starts and pauses move it), or in flight. Not thread-safe: the {@link SendQueue}'s lock guards it.
 */
final class ChatLane {

    final Destination to;
    private final ArrayDeque<PendingCall<?>> calls = new ArrayDeque<>();
    private final ChatPace pace;
    private final SlidingWindow groupWindow;
    private long pausedUntil;
    private long readyAt;
    private boolean inFlight;

    ChatLane(Destination to, FloodLimits limits, long now) {
        this.to = to;
        this.pace = to.paced() ? new ChatPace(limits.chatBurst(), limits.chatInterval().plus(limits.safety()), now)
                : new ChatPace(1, java.time.Duration.ZERO, now);
        this.groupWindow = to.kind() == ChatKind.PRIVATE || !to.paced() ? null
                : new SlidingWindow(limits.groupPerMinute(), limits.groupWindow().plus(limits.safety()));
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

    /** Fixes, and returns, the earliest time the head may start as far as this chat's limits go. */
    long computeReadyAt(long now) {
        long at = later(now, later(pausedUntil, pace.readyAt()));
        readyAt = groupWindow == null ? at : later(at, groupWindow.readyAt(now));
        return readyAt;
    }

    long readyAt() {
        return readyAt;
    }

    /** The head starts now: spends this chat's token and group slot. */
    PendingCall<?> start(long now) {
        pace.take(now);
        if (groupWindow != null) {
            groupWindow.record(now);
        }
        inFlight = true;
        return calls.peekFirst();
    }

    /** The call on its way came back; {@code settled} drops it from the head, else it is tried again. */
    void returned(boolean settled) {
        inFlight = false;
        if (settled) {
            calls.pollFirst();
        }
    }

    /** No call of this chat starts before {@code until}. */
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
        return isIdle() && pausedUntil - now <= 0 && pace.isFull(now)
                && (groupWindow == null || groupWindow.isClear(now));
    }

    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }
}
