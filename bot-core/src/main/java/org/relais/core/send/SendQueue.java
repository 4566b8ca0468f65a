package org.relais.core.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread-safe heart of the {@link PacedSender}: one lock around the {@link LaneSchedule}, one
 * condition that workers wait on, and the rules for what each {@link Verdict} does to a call.
 *
 * <p>Waiting: a worker that finds nothing to start waits on the condition until the earliest time
 * something may become ready ({@link LaneSchedule#wakeAt}), or until it is signalled (a lane starts
 * waiting, a call comes back, the queue closes); with nothing queued at all it waits untimed. No
 * worker ever spins, and a worker only takes a call when it is free to make it at once, so the times
 * the limits record are the times calls really start.
 *
 * <p>Futures are completed, {@code onBlocked} called and warnings logged after the lock is released:
 * a caller's continuation may submit again, or take its time, without holding up the other lanes.
 */
final class SendQueue {

    private static final Logger LOG = LoggerFactory.getLogger(PacedSender.class);

    private enum State { OPEN, DRAINING, CLOSED }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final String platform;
    private final LaneSchedule schedule;
    private final PaceLimits limits;
    private final Judge judge;
    private final Consumer<Lane> onBlocked;
    private final SendMeters meters;
    private State state = State.OPEN;
    private long seq;
    private int pending;
    private long calls;
    private long delivered;
    private long floodWaits;
    private long retries;
    private long failed;
    private long blocked;

    /** @param maxBulkInFlight bulk messages on their way at once, at most (the rest of the workers answer people) */
    SendQueue(String platform, PaceLimits limits, Judge judge, Consumer<Lane> onBlocked, int maxBulkInFlight) {
        this.platform = platform;
        this.limits = limits;
        this.judge = judge;
        this.onBlocked = onBlocked;
        this.meters = new SendMeters(platform);
        this.schedule = new LaneSchedule(limits, maxBulkInFlight, System.nanoTime());
    }

    <T> CompletableFuture<T> submit(Lane to, String description, Call<T> call) {
        lock.lock();
        try {
            if (state != State.OPEN) {
                return CompletableFuture.failedFuture(new SendAbortedException("the " + platform + " sender is closed", null, false));
            }
            PendingCall<T> pendingCall = new PendingCall<>(to, description, call, seq++);
            pending++;
            meters.queued(to.traffic());
            if (schedule.add(pendingCall, System.nanoTime())) {
                changed.signalAll();
            }
            return pendingCall.future();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A worker's life: take a call, make it (outside the lock), settle it; until the queue closes.
     *
     * @param unpacedOnly a worker kept for calls that are not messages, so that a callback answer
     *     never waits behind messages on their way
     */
    void work(boolean unpacedOnly) {
        for (PendingCall<?> call = take(unpacedOnly); call != null; call = take(unpacedOnly)) {
            finish(call, call.attempt(judge));
        }
    }

    /** The next call to make, waiting as long as needed; null once the queue is closed. */
    private PendingCall<?> take(boolean unpacedOnly) {
        lock.lock();
        try {
            while (state != State.CLOSED) {
                long now = System.nanoTime();
                PendingCall<?> call = schedule.next(now, unpacedOnly);
                if (call != null) {
                    calls++;
                    return call;
                }
                OptionalLong wakeAt = schedule.wakeAt(now, unpacedOnly);
                try {
                    if (wakeAt.isPresent()) {
                        changed.awaitNanos(wakeAt.getAsLong() - now);
                    } else {
                        changed.await();
                    }
                } catch (InterruptedException e) {
                    // close() interrupts only once closed (the loop ends); anyone else's interrupt must
                    // not quietly take a worker away from the pool.
                }
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Settles the call, runs what follows from it (its future's callbacks, such as a broadcast
     * recording the delivery), and only then frees its lane and its bulk slot: a worker busy recording
     * is not free, and a broadcast's sends that are not recorded yet stay within its share of workers
     * (they are the only ones a crash can send twice).
     */
    private void finish(PendingCall<?> call, Verdict verdict) {
        List<Runnable> after = new ArrayList<>();
        boolean settled;
        lock.lock();
        try {
            settled = settle(call, verdict, System.nanoTime(), after);
        } finally {
            lock.unlock();
        }
        try {
            after.forEach(Runnable::run);
        } finally {
            lock.lock();
            try {
                schedule.returned(call, settled, System.nanoTime());
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Applies the verdict; true when the call is settled, false when it stays at its lane's head. */
    private boolean settle(PendingCall<?> call, Verdict verdict, long now, List<Runnable> after) {
        if (call.isSettled()) {
            return true; // abandoned by close() while it was on its way
        }
        switch (verdict.kind()) {
            case DELIVERED:
                call.markSettled();
                delivered++;
                pending--;
                meters.attempt(call.to.traffic(), SendMeters.Outcome.DELIVERED);
                meters.settled(call.to.traffic());
                after.add(call::deliver);
                return true;
            case FLOOD:
                floodWaits++;
                meters.attempt(call.to.traffic(), SendMeters.Outcome.RATE_LIMITED);
                if (state == State.CLOSED) {
                    return fail(call, new SendAbortedException("closed while waiting out a 429", verdict.error(), false), after);
                }
                long until = now + Backoff.afterFlood(verdict.retryAfter());
                schedule.pause(call, until);
                boolean wholeBot = call.to.paced() && !schedule.chatMayExplainFlood(call, now);
                meters.rateLimited(wholeBot);
                if (wholeBot) {
                    floodAll(call, verdict, now, until, after);
                } else {
                    after.add(() -> LOG.info("{} asked to slow down: {} retried in {}", platform, call.describe(),
                            verdict.retryAfter()));
                }
                return false;
            case RETRY:
                int failures = call.recordFailure();
                if (failures >= limits.maxAttempts() || state == State.CLOSED) {
                    meters.attempt(call.to.traffic(), SendMeters.Outcome.FAILED);
                    String why = state == State.CLOSED ? "the sender is closed" : "no attempt left";
                    after.add(() -> LOG.warn("{} {} failed ({}, attempt {}): {}; giving up", platform, call.describe(),
                            verdict.reason(), failures, why));
                    return fail(call, verdict.error(), after);
                }
                retries++;
                meters.attempt(call.to.traffic(), SendMeters.Outcome.RETRIED);
                schedule.pause(call, now + Backoff.afterFailure(limits.firstBackoff(), failures));
                return false;
            case BLOCKED:
                blocked++;
                meters.attempt(call.to.traffic(), SendMeters.Outcome.BLOCKED);
                schedule.removeQueued(call).forEach(queued -> fail(queued, new SendAbortedException(
                        "chat " + call.to.key() + " answered " + verdict.reason(), verdict.error(), false), after));
                after.add(() -> notifyBlocked(call, verdict));
                return fail(call, verdict.error(), after);
            default:
                meters.attempt(call.to.traffic(), SendMeters.Outcome.REFUSED);
                after.add(() -> logRejection(call, verdict));
                return fail(call, verdict.error(), after);
        }
    }

    /**
     * A 429 that the chat's own pace does not explain speaks of the whole bot: every message waits it
     * out, and if it came to an answer (or an edit), answers (or edits) share the overall window for a while.
     */
    private void floodAll(PendingCall<?> call, Verdict verdict, long now, long until, List<Runnable> after) {
        schedule.pauseAll(until);
        Traffic traffic = call.to.traffic();
        boolean learnt = traffic == Traffic.ANSWER ? schedule.learnAnswersCount(now)
                : traffic == Traffic.EDIT && schedule.learnEditsCount(now);
        if (learnt) {
            after.add(() -> LOG.warn("{} answered 429 to {} where no chat's pace explains it: every message waits {},"
                    + " and {}s share the {} a second of bulk messages for the next {} minutes", platform,
                    call.describe(), verdict.retryAfter(), traffic.name().toLowerCase(java.util.Locale.ROOT),
                    limits.overallPerSecond(), Duration.ofNanos(LaneSchedule.LEARNT_FOR_NANOS).toMinutes()));
        } else {
            after.add(() -> LOG.info("{} asked the whole bot to slow down ({}): every message waits {}", platform,
                    call.describe(), verdict.retryAfter()));
        }
    }

    private boolean fail(PendingCall<?> call, Throwable error, List<Runnable> after) {
        call.markSettled();
        failed++;
        pending--;
        meters.settled(call.to.traffic());
        after.add(() -> call.fail(error));
        return true;
    }

    private void notifyBlocked(PendingCall<?> call, Verdict verdict) {
        LOG.info("{} {} answered {}: the chat blocked the bot or removed it", platform, call.describe(), verdict.reason());
        try {
            onBlocked.accept(call.to);
        } catch (RuntimeException e) {
            LOG.warn("onBlocked failed for chat {}", call.to.key(), e);
        }
    }

    private void logRejection(PendingCall<?> call, Verdict verdict) {
        if (verdict.quiet()) {
            LOG.debug("{} refused {} ({}: {}), as expected; not retried", platform, call.describe(), verdict.reason(),
                    verdict.description());
        } else {
            LOG.warn("{} refused {} ({}: {}); not retried", platform, call.describe(), verdict.reason(), verdict.description());
        }
    }

    /**
     * Stops accepting calls, lets the queued ones go out for up to {@code drain}, then fails those
     * still queued and tells the workers to stop after their current call. False if already closing.
     */
    boolean close(Duration drain) {
        List<Runnable> after = new ArrayList<>();
        lock.lock();
        try {
            if (state != State.OPEN) {
                return false;
            }
            state = State.DRAINING;
            awaitDrained(drain);
            state = State.CLOSED;
            schedule.removeAll(false).forEach(call -> {
                after.add(() -> LOG.warn("shutting down: {} dropped, not made", call.describe()));
                fail(call, new SendAbortedException("the " + platform + " sender closed before the call was made", null, false),
                        after);
            });
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        after.forEach(Runnable::run);
        return true;
    }

    private void awaitDrained(Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        try {
            for (long left = drain.toNanos(); pending > 0 && left > 0; left = deadline - System.nanoTime()) {
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stop draining, close now
        }
    }

    /** After the workers were given up on: fails the calls still on their way (they may have arrived). */
    void abandonInFlight() {
        List<Runnable> after = new ArrayList<>();
        lock.lock();
        try {
            schedule.removeAll(true).forEach(call -> fail(call,
                    new SendAbortedException("the " + platform + " sender closed while the call was made", null, true), after));
        } finally {
            lock.unlock();
        }
        after.forEach(Runnable::run);
    }

    SendStats stats() {
        lock.lock();
        try {
            return new SendStats(calls, delivered, floodWaits, retries, failed, blocked, pending);
        } finally {
            lock.unlock();
        }
    }
}
