package org.relais.telegram.inbound;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.relais.telegram.TelegramApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long polling with getUpdates. The offset moves past an update only after it was handled, so an
 * update in hand when the process dies is delivered again at the next start, and the engine's
 * delivery log makes that harmless. One thread: updates are handled in order.
 *
 * <p>Closing never interrupts the thread: an interrupt inside a database write closes an embedded H2
 * database for good. The poll in flight is cancelled instead, the update in hand is finished, and the
 * rest of its batch is left for the next start (unconfirmed, Telegram delivers it again).
 */
public final class LongPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LongPoller.class);
    public static final List<String> UPDATES = List.of("message", "edited_message", "channel_post", "callback_query", "my_chat_member");
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final TelegramApi api;
    private final Consumer<Update> handler;
    private final int timeoutSeconds;
    private final Runnable abortCall;
    private final Consumer<Boolean> health;
    private final Thread thread;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean running = true;
    private int offset;

    /**
     * @param abortCall cancels a getUpdates in flight (closing must not wait for a long poll to end)
     * @param health told true after each successful poll, false after a failed one
     */
    public LongPoller(TelegramApi api, Consumer<Update> handler, int timeoutSeconds, Runnable abortCall,
            Consumer<Boolean> health) {
        this.api = api;
        this.handler = handler;
        this.timeoutSeconds = timeoutSeconds;
        this.abortCall = abortCall;
        this.health = health;
        this.thread = new Thread(this::run, "relais-telegram-poll");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        Duration pause = Duration.ofSeconds(1);
        while (running) {
            try {
                List<Update> updates = api.call(GetUpdates.builder()
                        .offset(offset).limit(100).timeout(timeoutSeconds).allowedUpdates(UPDATES).build());
                health.accept(true);
                pause = Duration.ofSeconds(1);
                for (Update update : updates) {
                    if (!running) {
                        break;
                    }
                    handler.accept(update);
                    offset = Math.max(offset, update.getUpdateId() + 1);
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
