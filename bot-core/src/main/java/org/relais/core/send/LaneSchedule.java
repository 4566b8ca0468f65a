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
 * Which lane's call starts next, and when: the limits combined, without threads or clocks (every
 * method takes "now", a {@link System#nanoTime()} value), so that it can be reasoned about, and
 * tested, on its own.
 *
 * <p>A lane whose own limits (pause, token bucket, window) have not come yet waits in
 * {@code delayed}, ordered by the time they come; it holds nobody back. A lane whose limits have come
 * waits in the ready queue of its head's {@link Traffic}, ordered by the submission number of that
 * call (the longest-waiting first). Calls that are not messages go first, on any worker; then, unless
 * a 429 paused every message, edits; then answers, within the answer cap if an operator set one (and
 * within the overall window when answers count in it); then bulk messages, within the overall window
 * and with at most {@code maxBulkInFlight} on their way, so that a broadcast never takes every worker
 * from the people who write.
 *
 * <p>Lanes that are idle and fully recovered are forgotten every {@link #PURGE_EVERY_NANOS}, so
 * that a broadcast to ten thousand chats does not leave ten thousand lanes behind. Not thread-safe:
 * the {@link SendQueue}'s lock guards it.
 */
final class LaneSchedule {

    static final long PURGE_EVERY_NANOS = 10_000_000_000L;
    /** How long answers share the bulk window after a 429 showed that the platform counts them. */
    static final long LEARNT_FOR_NANOS = Duration.ofMinutes(10).toNanos();

    private final PaceLimits limits;
    private final int maxBulkInFlight;
    private final SlidingWindow overall;
    private final SlidingWindow answerCap;
    private final Map<String, LaneQueue> lanes = new HashMap<>();
    private final PriorityQueue<LaneQueue> readyUnpaced = byHeadSeq();
    private final PriorityQueue<LaneQueue> readyEdits = byHeadSeq();
    private final PriorityQueue<LaneQueue> readyAnswers = byHeadSeq();
    private final PriorityQueue<LaneQueue> readyBulk = byHeadSeq();
    private final PriorityQueue<LaneQueue> delayed = new PriorityQueue<>((a, b) -> Long.signum(a.readyAt() - b.readyAt()));
    private long lastPurge;
    private long pausedAllUntil;
    private long answersCountUntil;
    private long editsCountUntil;
    private int bulkInFlight;

    LaneSchedule(PaceLimits limits, long now) {
        this(limits, Integer.MAX_VALUE, now);
    }

    LaneSchedule(PaceLimits limits, int maxBulkInFlight, long now) {
        this.limits = limits;
        this.maxBulkInFlight = Math.max(1, maxBulkInFlight);
        Duration second = Duration.ofSeconds(1).plus(limits.safety());
        this.overall = new SlidingWindow(limits.overallPerSecond(), second);
        this.answerCap = limits.answerPerSecond() > 0 ? new SlidingWindow(limits.answerPerSecond(), second) : null;
        this.lastPurge = now;
        this.pausedAllUntil = now;
        this.answersCountUntil = now;
        this.editsCountUntil = now;
    }

    private static PriorityQueue<LaneQueue> byHeadSeq() {
        return new PriorityQueue<>(Comparator.comparingLong(lane -> lane.head().seq));
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

    /** The call to start now, any kind (its limits' tokens and slots are spent), or null. */
    PendingCall<?> next(long now) {
        return next(now, false);
    }

    /**
     * The call to start now, or null.
     *
     * @param unpacedOnly for the workers kept for calls that are not messages (callback answers)
     */
    PendingCall<?> next(long now, boolean unpacedOnly) {
        purgeIfDue(now);
        while (!delayed.isEmpty() && delayed.peek().readyAt() - now <= 0) {
            LaneQueue due = delayed.poll();
            readyQueue(due).add(due);
        }
        if (!readyUnpaced.isEmpty()) {
            return readyUnpaced.poll().start(now);
        }
        if (unpacedOnly || pausedAllUntil - now > 0) {
            return null;
        }
        if (!readyEdits.isEmpty() && answerReadyAt(Traffic.EDIT, now) - now <= 0) {
            recordAnswer(Traffic.EDIT, now);
            return readyEdits.poll().start(now);
        }
        if (!readyAnswers.isEmpty() && answerReadyAt(Traffic.ANSWER, now) - now <= 0) {
            recordAnswer(Traffic.ANSWER, now);
            return readyAnswers.poll().start(now);
        }
        if (!readyBulk.isEmpty() && bulkInFlight < maxBulkInFlight && overall.readyAt(now) - now <= 0) {
            overall.record(now);
            bulkInFlight++;
            return readyBulk.poll().start(now);
        }
        return null;
    }

    /** When {@link #next} returned null: the time something may be ready (empty: nothing to wait for). */
    OptionalLong wakeAt(long now, boolean unpacedOnly) {
        if (!readyUnpaced.isEmpty()) {
            return OptionalLong.of(now);
        }
        OptionalLong at = delayed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(delayed.peek().readyAt());
        if (unpacedOnly) {
            return at;
        }
        boolean anyReady = !readyEdits.isEmpty() || !readyAnswers.isEmpty() || !readyBulk.isEmpty();
        if (anyReady && pausedAllUntil - now > 0) {
            return earlier(at, pausedAllUntil);
        }
        if (!readyEdits.isEmpty()) {
            at = earlier(at, answerReadyAt(Traffic.EDIT, now));
        }
        if (!readyAnswers.isEmpty()) {
            at = earlier(at, answerReadyAt(Traffic.ANSWER, now));
        }
        if (!readyBulk.isEmpty() && bulkInFlight < maxBulkInFlight) {
            at = earlier(at, overall.readyAt(now)); // else a bulk call coming back wakes the workers
        }
        return at;
    }

    OptionalLong wakeAt(long now) {
        return wakeAt(now, false);
    }

    /** Before {@link #returned}: the call's lane makes no call before {@code until}. */
    void pause(PendingCall<?> call, long until) {
        lanes.get(call.to.key()).pause(until);
    }

    /** No message to any chat starts before {@code until} (a 429 that spoke of the whole bot). */
    void pauseAll(long until) {
        pausedAllUntil = later(pausedAllUntil, until);
    }

    /** Whether the limits of the call's own chat may explain the 429 it got ({@link LaneQueue#mayExplainFlood}). */
    boolean chatMayExplainFlood(PendingCall<?> call, long now) {
        return lanes.get(call.to.key()).mayExplainFlood(now);
    }

    /**
     * A 429 to an answer that no chat's pace explains: the platform counts this bot's answers in its
     * overall rate, so for a while they take a slot of the overall window too (ahead of bulk).
     *
     * @return true when this is news (answers did not count until now), for one log line
     */
    boolean learnAnswersCount(long now) {
        boolean news = !counts(Traffic.ANSWER, now);
        answersCountUntil = later(answersCountUntil, now + LEARNT_FOR_NANOS);
        return news;
    }

    /**
     * The same lesson about edits, learnt on its own: whether a platform counts edits in its overall
     * rate is not documented, and counting them when it does not would slow every answer behind them.
     */
    boolean learnEditsCount(long now) {
        boolean news = !counts(Traffic.EDIT, now);
        editsCountUntil = later(editsCountUntil, now + LEARNT_FOR_NANOS);
        return news;
    }

    /** The call on its way came back, settled or to be made again; its lane waits again if it has calls. */
    void returned(PendingCall<?> call, boolean settled, long now) {
        if (call.to.traffic() == Traffic.BULK) {
            bulkInFlight = Math.max(0, bulkInFlight - 1);
        }
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
        readyUnpaced.clear();
        readyEdits.clear();
        readyAnswers.clear();
        readyBulk.clear();
        delayed.clear();
        return removed;
    }

    /** Lanes remembered (queued, waiting or still recovering), for tests. */
    int laneCount() {
        return lanes.size();
    }

    /** Whether answers (or edits) take a slot of the overall window now. */
    private boolean counts(Traffic traffic, long now) {
        if (traffic == Traffic.EDIT) {
            return editsCountUntil - now > 0;
        }
        return limits.answersInOverall() || answersCountUntil - now > 0;
    }

    /**
     * An answer or an edit starts: the operator's cap counts it (an edit is a person's answer too:
     * their press changed the message), and so does the overall window while the platform is known
     * to count that traffic ({@link #learnAnswersCount}, {@link #learnEditsCount}).
     */
    private void recordAnswer(Traffic traffic, long now) {
        if (answerCap != null) {
            answerCap.record(now);
        }
        if (counts(traffic, now)) {
            overall.record(now);
        }
    }

    /** When an answer or an edit may start, as far as the cap and the overall window say. */
    private long answerReadyAt(Traffic traffic, long now) {
        long at = answerCap == null ? now : answerCap.readyAt(now);
        return counts(traffic, now) ? later(at, overall.readyAt(now)) : at;
    }

    private PriorityQueue<LaneQueue> readyQueue(LaneQueue lane) {
        return switch (lane.headTraffic()) {
            case UNPACED -> readyUnpaced;
            case EDIT -> readyEdits;
            case ANSWER -> readyAnswers;
            case BULK -> readyBulk;
        };
    }

    private void enqueue(LaneQueue lane, long now) {
        boolean due = lane.computeReadyAt(now) - now <= 0;
        (due ? readyQueue(lane) : delayed).add(lane);
    }

    private void purgeIfDue(long now) {
        if (now - lastPurge >= PURGE_EVERY_NANOS) {
            lastPurge = now;
            lanes.values().removeIf(lane -> lane.isForgettable(now));
        }
    }

    private static long later(long a, long b) {
        return a - b >= 0 ? a : b;
    }

    private static OptionalLong earlier(OptionalLong a, long b) {
        return a.isPresent() && a.getAsLong() - b <= 0 ? a : OptionalLong.of(b);
    }
}
