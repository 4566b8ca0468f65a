package org.relais.telegram.inbound;

import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.relais.core.metrics.Meters;
import org.relais.telegram.TelegramApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling with getUpdates. The poller only receives: each update is dispatched (queued behind
 * its person's earlier ones, {@link UpdateHandler#dispatch}) and the poll goes on at once, so nobody
 * waits for someone else's update to be handled. The offset moves past an update only once it and
 * every update before it were handled (a watermark: confirmed = below the lowest unfinished), so an
 * update in hand when the process dies is delivered again at the next start, and the engine's
 * delivery log makes that harmless; an update delivered again while still in hand is not taken twice.
 * While the queues are far from having room, or a whole batch was already in hand, it waits for
 * updates to finish instead of polling in a loop.
 *
 * <p>Closing never interrupts the thread: an interrupt inside a database write closes an embedded H2
 * database for good. The poll in flight is cancelled instead, the update in hand is finished, and the
 * rest of its batch is left for the next start (unconfirmed, Telegram delivers it again).
 */
public final class LongPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LongPoller.class);
    public static final List<String> UPDATES = List.of("message", "edited_message", "channel_post", "callback_query", "my_chat_member");
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    /**
     * How long a batch that was all in hand holds the next poll, at most, waiting for the lowest
     * update to finish: short, because new updates behind it are not seen meanwhile (a hold of up to
     * a second made button answers wait that long in a crowd), and bounded, so that a re-poll of
     * updates in hand is at most a few dozen small calls a second.
     */
    static final Duration HOLD = Duration.ofMillis(50);

    private final TelegramApi api;
    private final Dispatch handler;
    private final int timeoutSeconds;
    private final Runnable abortCall;
    private final Consumer<Boolean> health;
    private final Thread thread;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean running = true;
    /** Ids dispatched and not finished yet; guarded by {@code this}. */
    private final TreeSet<Integer> unfinished = new TreeSet<>();
    private int highestTaken = -1;
    private final Timer polls = poll("false");
    private final Timer pollsEmpty = poll("true");
    /** Time a batch all in hand held the next poll ({@link #HOLD} at most). */
    private final Timer held = Timer.builder("relais.poll.held").description("Time the next poll waited for updates in hand")
            .tags("platform", "telegram").register(Meters.registry());

    /** Where updates go: {@link UpdateHandler}. */
    public interface Dispatch {
        /** Queues the update; {@code done} runs once it was handled; false when closing (it stays unconfirmed). */
        boolean dispatch(Update update, Runnable done);

        /** Whether the queues have room for another batch. */
        boolean hasRoom();
    }

    /**
     * @param abortCall cancels a getUpdates in flight (closing must not wait for a long poll to end)
     * @param health told true after each successful poll, false after a failed one
     */
    public LongPoller(TelegramApi api, Dispatch handler, int timeoutSeconds, Runnable abortCall,
            Consumer<Boolean> health) {
        this.api = api;
        this.handler = handler;
        this.timeoutSeconds = timeoutSeconds;
        this.abortCall = abortCall;
        this.health = health;
        this.thread = new Thread(this::run, "relais-telegram-poll");
        this.thread.setDaemon(true);
    }

    private static Timer poll(String empty) {
        return Timer.builder("relais.poll.calls").description("getUpdates calls, by whether they brought nothing")
                .tags("platform", "telegram", "empty", empty).register(Meters.registry());
    }

    public void start() {
        thread.start();
    }

    private void run() {
        Duration pause = Duration.ofSeconds(1);
        while (running) {
            try {
                awaitRoom();
                long pollStart = System.nanoTime();
                List<Update> updates = api.call(GetUpdates.builder()
                        .offset(confirmedUpTo()).limit(100).timeout(timeoutSeconds).allowedUpdates(UPDATES).build());
                health.accept(true);
                (updates.isEmpty() ? pollsEmpty : polls).record(System.nanoTime() - pollStart, TimeUnit.NANOSECONDS);
                pause = Duration.ofSeconds(1);
                boolean anyNew = false;
                for (Update update : updates) {
                    if (!running) {
                        break;
                    }
                    anyNew |= take(update);
                }
                if (!updates.isEmpty() && !anyNew) {
                    long waitStart = System.nanoTime();
                    awaitProgress(); // the batch was all in hand already: wait for some to finish
                    held.record(System.nanoTime() - waitStart, TimeUnit.NANOSECONDS);
                }
            } catch (Throwable e) {
                if (!running) {
                    return;
                }
                health.accept(false);
                LOG.warn("getUpdates failed ({}); trying again in {} s", e.getClass().getSimpleName(), pause.toSeconds());
                if (pauseOrClose(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** Dispatches an update not taken before; false if it was (delivered again while still in hand). */
    private boolean take(Update update) {
        int id = update.getUpdateId();
        synchronized (this) {
            if (id <= highestTaken) {
                return false;
            }
            highestTaken = id;
            unfinished.add(id);
        }
        if (!handler.dispatch(update, () -> finished(id))) {
            running = false; // closing: this update and the rest stay unconfirmed
        }
        return true;
    }

    private synchronized void finished(int id) {
        unfinished.remove(id);
        notifyAll();
    }

    /** The offset to poll with: every update below it was handled. */
    synchronized int confirmedUpTo() {
        return unfinished.isEmpty() ? highestTaken + 1 : unfinished.first();
    }

    private void awaitRoom() throws InterruptedException {
        while (running && !handler.hasRoom()) {
            synchronized (this) {
                wait(50);
            }
        }
    }

    private synchronized void awaitProgress() throws InterruptedException {
        int lowest = confirmedUpTo();
        long deadline = System.nanoTime() + HOLD.toNanos();
        for (long left = HOLD.toMillis(); running && confirmedUpTo() == lowest && left > 0;
                left = (deadline - System.nanoTime()) / 1_000_000) {
            wait(left);
        }
    }

    /** Waits before polling again; true if closing began meanwhile. */
    private boolean pauseOrClose(Duration pause) {
        try {
            return closing.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops polling: the update in hand is finished, the poll in flight is cancelled. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        closing.countDown();
        abortCall.run();
        thread.join(Duration.ofSeconds(2).toMillis());
    }
}
