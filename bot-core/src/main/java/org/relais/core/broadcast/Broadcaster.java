package org.relais.core.broadcast;

import io.micrometer.core.instrument.Gauge;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.relais.core.metrics.Meters;
import org.relais.core.port.Broadcast;
import org.relais.core.port.ChatAddress;
import org.relais.core.port.Messenger;
import org.relais.core.port.Store;
import org.relais.core.port.Subscription;
import org.relais.core.port.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the confirmed broadcasts: it looks for due ones every {@link BroadcastSettings#poll()}, takes
 * each (writing its outbox from the chats subscribed at that moment), and hands the announcements to
 * each platform's {@link Messenger}, a window at a time, so that the platforms' senders keep their
 * flood limits and a volunteer's answer never waits behind a whole broadcast.
 *
 * <p>One thread, {@code relais-broadcaster}, does all the bookkeeping: the senders' answers come back
 * to it as tasks, so a broadcast's state is only ever touched by that thread. Each delivery is claimed
 * in the store on the sending thread right before its call, and recorded right after (see
 * {@link org.relais.core.port.Broadcasts}); a broadcast interrupted by a crash is taken again when the
 * process starts, and only deliveries that were on their way at the crash can reach a chat twice.
 *
 * <p>{@link #close()} stops taking work, lets the announcements on their way come back and be recorded
 * for up to {@link BroadcastSettings#drain()}, then stops: close it before the platforms, whose senders
 * must still be there to finish those calls.
 */
public final class Broadcaster implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Broadcaster.class);

    private final Store store;
    private final Map<String, Messenger> messengers = new HashMap<>();
    private final Clock clock;
    private final BroadcastSettings settings;
    private final String runner = "relais-" + UUID.randomUUID().toString().substring(0, 13);
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Map<Long, BroadcastRun> runs = new HashMap<>();
    private final Thread thread = new Thread(this::loop, "relais-broadcaster");
    private volatile boolean closing;
    private volatile long closeDeadline;
    /** Written by the broadcaster's thread after each task, read by a metrics scrape. */
    private volatile long remaining;

    public Broadcaster(Store store, Collection<Messenger> messengers, Clock clock, BroadcastSettings settings) {
        this.store = store;
        messengers.forEach(m -> this.messengers.put(m.platform(), m));
        this.clock = clock;
        this.settings = settings;
        thread.setDaemon(true);
        Gauge.builder("relais.broadcast.pending", this, b -> b.remaining)
                .description("Announcements of the broadcasts running here still to send").register(Meters.registry());
    }

    /** Starts looking for due broadcasts (at once: one interrupted by a crash goes on). */
    public Broadcaster start() {
        thread.start();
        LOG.info("broadcasts: delivering on {} (worker {})", messengers.keySet(), runner);
        return this;
    }

    /** Looks for due broadcasts now rather than at the next poll (a coordinator just confirmed one). */
    public void wake() {
        tasks.offer(this::tick);
    }

    /** Runs on the broadcaster's thread; the senders' answers come back this way. */
    void execute(Runnable task) {
        tasks.offer(task);
    }

    String runner() {
        return runner;
    }

    Clock clock() {
        return clock;
    }

    BroadcastSettings settings() {
        return settings;
    }

    Messenger messenger(String platform) {
        return messengers.get(platform);
    }

    boolean closing() {
        return closing;
    }

    <T> T inTx(Function<Tx, T> work) {
        return store.inTransaction(work);
    }

    private void loop() {
        long pollNanos = settings.poll().toNanos();
        long nextTick = System.nanoTime();
        while (true) {
            if (closing && (runs.values().stream().allMatch(BroadcastRun::idle) || System.nanoTime() > closeDeadline)) {
                return;
            }
            try {
                Runnable task = tasks.poll(Math.max(0, nextTick - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (task != null) {
                    task.run();
                }
                if (System.nanoTime() - nextTick >= 0) {
                    tick();
                    nextTick = System.nanoTime() + pollNanos;
                }
                remaining = runs.values().stream().mapToLong(BroadcastRun::remaining).sum();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("broadcasts: {} ({}); trying again at the next poll", e.getClass().getSimpleName(), e.getMessage());
            }
        }
    }

    /** Takes the due broadcasts no run holds yet, and lets each run note its progress. */
    private void tick() {
        runs.values().removeIf(BroadcastRun::ended);
        if (closing) {
            return;
        }
        Instant now = clock.instant();
        for (Broadcast due : inTx(tx -> tx.broadcasts().runnable(now))) {
            if (!runs.containsKey(due.id()) && take(due, now)) {
                BroadcastRun run = new BroadcastRun(this, inTx(tx -> tx.broadcasts().find(due.id())).orElseThrow());
                runs.put(due.id(), run);
                run.begin();
            }
        }
        runs.values().forEach(BroadcastRun::tick);
    }

    /** Takes a due broadcast; one that starts now gets its outbox: the chats subscribed at this moment. */
    private boolean take(Broadcast due, Instant now) {
        Instant staleBefore = now.minus(settings.lease());
        return inTx(tx -> {
            if (!tx.broadcasts().take(due.id(), runner, now, staleBefore)) {
                return false;
            }
            if (due.state() == Broadcast.State.SCHEDULED) {
                List<ChatAddress> chats = tx.subscriptions().list().stream()
                        .map((Subscription s) -> new ChatAddress(s.platform(), s.chatId())).toList();
                tx.broadcasts().enqueue(due.id(), chats);
                LOG.info("broadcast {} starts: {} chat(s)", due.id(), chats.size());
            } else {
                LOG.info("broadcast {} goes on where it stopped", due.id());
            }
            return true;
        });
    }

    /** Stops taking work, waits (bounded) for the announcements on their way, then stops. Idempotent. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closeDeadline = System.nanoTime() + settings.drain().toNanos();
        closing = true;
        tasks.offer(() -> { });
        if (!thread.isAlive()) {
            return;
        }
        try {
            thread.join(settings.drain().toMillis() + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
        LOG.info("broadcasts: stopped");
    }
}
