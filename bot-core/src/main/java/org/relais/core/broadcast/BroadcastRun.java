package org.relais.core.broadcast;

import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.relais.core.chat.Reply;
import org.relais.core.i18n.Messages;
import org.relais.core.metrics.Meters;
import org.relais.core.port.Broadcast;
import org.relais.core.port.ChatAddress;
import org.relais.core.port.Delivery;
import org.relais.core.port.DeliveryTally;
import org.relais.core.port.Messenger;
import org.relais.core.port.StoreException;
import org.relais.core.port.Tx;
import org.relais.core.port.Undelivered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One broadcast being delivered, on the {@link Broadcaster}'s thread only: its deliveries queued per
 * platform, a window of them handed to each platform's sender, each answer recorded as it comes back,
 * the coordinator's progress message edited now and then, and at the end the report.
 */
final class BroadcastRun {
    private static final Logger LOG = LoggerFactory.getLogger(BroadcastRun.class);
    /** A delivery the sender could not even try (the store failed its claim) is tried again this often. */
    private static final int NOT_SENT_TRIES = 3;

    private final Broadcaster owner;
    private final Broadcast broadcast;
    private final Reply announcement;
    private final Map<String, Deque<Delivery>> queues = new LinkedHashMap<>();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final Map<ChatAddress, Integer> notSent = new HashMap<>();
    private DeliveryTally tally;
    private int sent;
    private int failed;
    private boolean unsubscribedSome;
    private Optional<String> statusMessage;
    private boolean statusPosting;
    private boolean statusDirty = true;
    /** The progress as the coordinator sees it (null after a restart): an edit that changes nothing is not made. */
    private Reply shownStatus;
    private Instant lastStatus = Instant.EPOCH;
    private boolean ended;

    BroadcastRun(Broadcaster owner, Broadcast broadcast) {
        this.owner = owner;
        this.broadcast = broadcast;
        this.announcement = BroadcastTexts.announcement(broadcast.announcement());
        this.statusMessage = broadcast.statusMessage();
    }

    void begin() {
        owner.inTx(tx -> tx.broadcasts().unsettled(broadcast.id()))
                .forEach(d -> queues.computeIfAbsent(d.to().platform(), p -> new ArrayDeque<>()).add(d));
        tally = owner.inTx(tx -> tx.broadcasts().tally(broadcast.id()));
        sent = tally.sent();
        failed = tally.failed();
        postStatus();
        pump();
        finishIfDone();
    }

    /** Every poll: still alive (for other instances), and the progress message if it is behind. */
    void tick() {
        if (ended) {
            return;
        }
        Instant now = owner.clock().instant();
        owner.inTx(tx -> {
            tx.broadcasts().heartbeat(broadcast.id(), owner.runner(), now);
            return null;
        });
        editStatus(false);
        pump();
        finishIfDone();
    }

    boolean idle() {
        return ended || inFlight.values().stream().allMatch(n -> n == 0);
    }

    boolean ended() {
        return ended;
    }

    /** Deliveries still to make in this process: queued or on their way. */
    long remaining() {
        if (ended) {
            return 0;
        }
        return queues.values().stream().mapToLong(Deque::size).sum() + inFlight.values().stream().mapToLong(n -> n).sum();
    }

    /** Hands the sender of each platform as many announcements as its window allows. */
    private void pump() {
        if (owner.closing() || ended) {
            return;
        }
        for (Map.Entry<String, Deque<Delivery>> entry : queues.entrySet()) {
            String platform = entry.getKey();
            Deque<Delivery> queue = entry.getValue();
            Messenger messenger = owner.messenger(platform);
            if (messenger == null) {
                String reason = Messages.get(broadcast.announcement().language(), "broadcast.not_running", platform);
                while (!queue.isEmpty()) {
                    recordFailure(queue.poll().to(), reason);
                }
                continue;
            }
            while (!queue.isEmpty() && inFlight.getOrDefault(platform, 0) < owner.settings().window()) {
                send(messenger, queue.poll());
            }
        }
    }

    private void send(Messenger messenger, Delivery delivery) {
        ChatAddress to = delivery.to();
        inFlight.merge(to.platform(), 1, Integer::sum);
        try {
            messenger.post(to.chatId(), announcement, () -> claim(to)).whenComplete((id, error) -> {
                Outcome outcome = record(to, id, error); // on the sending thread, before it takes its next call
                owner.execute(() -> settled(delivery, outcome));
            });
        } catch (RuntimeException e) {
            Outcome outcome = record(to, Optional.empty(), e); // a bug in the adapter: reported, not lost
            owner.execute(() -> settled(delivery, outcome));
        }
    }

    /** On the sending thread, right before the call: the delivery is ours to send, or not at all. */
    private boolean claim(ChatAddress to) {
        Instant now = owner.clock().instant();
        try {
            return owner.inTx(tx -> tx.broadcasts().claim(broadcast.id(), to, owner.runner(), now,
                    now.minus(owner.settings().lease())));
        } catch (StoreException e) {
            throw new Undelivered(Undelivered.Kind.NOT_SENT, "the database could not record the claim", e);
        }
    }

    /** What became of one delivery, as recorded. */
    private record Outcome(Kind kind, String reason) {
        enum Kind { SENT, NOT_OURS, FAILED, GONE, NOT_SENT, UNKNOWN }
    }

    /**
     * Records what the platform answered, at once, on the thread the answer came back on: the window
     * in which a sent message is not yet recorded (the only way a restart sends it again) is then one
     * call per sender worker, whatever the broadcaster's thread is busy with.
     */
    private Outcome record(ChatAddress to, Optional<String> id, Throwable error) {
        Instant now = owner.clock().instant();
        if (error == null) {
            if (id == null || id.isEmpty()) {
                return new Outcome(Outcome.Kind.NOT_OURS, "");
            }
            write(tx -> tx.broadcasts().sent(broadcast.id(), to, id.get(), now));
            return new Outcome(Outcome.Kind.SENT, "");
        }
        Undelivered why = undelivered(error);
        switch (why.kind()) {
            case REFUSED, GONE -> {
                boolean gone = why.kind() == Undelivered.Kind.GONE;
                write(tx -> {
                    tx.broadcasts().failed(broadcast.id(), to, why.reason(), now);
                    if (gone) {
                        tx.subscriptions().unsubscribe(to.platform(), to.chatId());
                    }
                });
                LOG.info("broadcast {}: {} chat {} failed: {}", broadcast.id(), to.platform(), to.chatId(), why.reason());
                return new Outcome(gone ? Outcome.Kind.GONE : Outcome.Kind.FAILED, why.reason());
            }
            case NOT_SENT -> {
                return new Outcome(Outcome.Kind.NOT_SENT, why.reason());
            }
            default -> {
                LOG.info("broadcast {}: the send to {} chat {} was on its way when sending stopped", broadcast.id(),
                        to.platform(), to.chatId());
                return new Outcome(Outcome.Kind.UNKNOWN, why.reason());
            }
        }
    }

    /** On the broadcaster's thread: the counts, the progress message, the next sends. */
    private void settled(Delivery delivery, Outcome outcome) {
        ChatAddress to = delivery.to();
        inFlight.merge(to.platform(), -1, Integer::sum);
        Counter.builder("relais.broadcast.deliveries").description("Announcements handed to a platform, by what came of them")
                .tags("platform", to.platform(), "outcome", outcome.kind().name().toLowerCase(Locale.ROOT))
                .register(Meters.registry()).increment();
        switch (outcome.kind()) {
            case SENT -> {
                sent++;
                statusDirty = true;
            }
            case FAILED, GONE -> {
                failed++;
                unsubscribedSome |= outcome.kind() == Outcome.Kind.GONE;
                statusDirty = true;
            }
            case NOT_SENT -> {
                if (notSent.merge(to, 1, Integer::sum) < NOT_SENT_TRIES) {
                    queues.get(to.platform()).add(delivery);
                }
            }
            default -> {
                // not ours to send, or on its way when sending stopped: a restart takes it up
            }
        }
        editStatus(false);
        pump();
        finishIfDone();
    }

    /** A platform that is not running here: failed at once, with that reason. */
    private void recordFailure(ChatAddress to, String reason) {
        Instant now = owner.clock().instant();
        write(tx -> tx.broadcasts().failed(broadcast.id(), to, reason, now));
        failed++;
        statusDirty = true;
    }

    /** What a failed send came to; anything but an {@link Undelivered} is a refusal named by its type. */
    private static Undelivered undelivered(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof Undelivered u ? u : new Undelivered(Undelivered.Kind.REFUSED, cause.getClass().getSimpleName(), cause);
    }

    /** Writes what a delivery came to; a store that fails is tried a few times, since the send cannot be undone. */
    private void write(Consumer<Tx> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                owner.inTx(tx -> {
                    write.accept(tx);
                    return null;
                });
                return;
            } catch (StoreException e) {
                if (attempt >= 3) {
                    LOG.error("broadcast {}: a delivery could not be recorded ({})", broadcast.id(), e.getMessage());
                    return;
                }
            }
        }
    }

    /** Once nothing is queued nor on its way: done if the store agrees, else taken again at the next poll. */
    private void finishIfDone() {
        if (ended || queues.values().stream().anyMatch(q -> !q.isEmpty()) || !idle()) {
            return;
        }
        tally = owner.inTx(tx -> tx.broadcasts().tally(broadcast.id()));
        ended = true;
        if (!tally.settled()) {
            return; // some left pending (the store failed them, or another worker holds them)
        }
        Instant now = owner.clock().instant();
        owner.inTx(tx -> {
            tx.broadcasts().finish(broadcast.id(), now);
            return null;
        });
        Duration took = Duration.between(broadcast.startedAt().orElse(now), now);
        LOG.info("broadcast {} done: {} sent, {} failed, {} maybe twice, in {}", broadcast.id(), tally.sent(), tally.failed(),
                tally.reclaimed(), took);
        sent = tally.sent();
        failed = tally.failed();
        statusDirty = true;
        editStatus(true);
        Messenger messenger = owner.messenger(broadcast.by().platform());
        if (messenger != null) {
            messenger.post(broadcast.reportChat(), BroadcastTexts.report(broadcast, tally, took, unsubscribedSome), () -> true);
        }
    }

    /** Posts the progress message once, and notes its id so that a restart edits the same one. */
    private void postStatus() {
        Messenger messenger = owner.messenger(broadcast.by().platform());
        if (messenger == null || statusMessage.isPresent() || statusPosting) {
            return;
        }
        statusPosting = true;
        lastStatus = owner.clock().instant();
        statusDirty = false;
        shownStatus = statusReply(false);
        messenger.post(broadcast.reportChat(), shownStatus, () -> true).whenComplete((id, error) -> owner.execute(() -> {
            statusPosting = false;
            if (id != null && id.isPresent()) {
                statusMessage = id;
                write(tx -> tx.broadcasts().setStatusMessage(broadcast.id(), id.get()));
                statusDirty = true;
                editStatus(ended); // what happened while it was on its way
            }
        }));
    }

    /** Edits the progress message when it is behind, at most once per {@code progressEvery} unless {@code now}. */
    private void editStatus(boolean now) {
        Messenger messenger = owner.messenger(broadcast.by().platform());
        Instant at = owner.clock().instant();
        boolean due = now || !at.isBefore(lastStatus.plus(owner.settings().progressEvery()));
        if (messenger == null || statusMessage.isEmpty() || !statusDirty || !due) {
            return;
        }
        statusDirty = false;
        Reply status = statusReply(ended);
        if (status.equals(shownStatus)) {
            return;
        }
        lastStatus = at;
        shownStatus = status;
        try {
            messenger.edit(broadcast.reportChat(), statusMessage.get(), status).exceptionally(failure -> {
                LOG.info("broadcast {}: the progress message could not be edited ({})", broadcast.id(), failure.getMessage());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("broadcast {}: the progress message could not be edited", broadcast.id(), e);
        }
    }

    private Reply statusReply(boolean done) {
        DeliveryTally now = new DeliveryTally(tally.total(), 0, 0, sent, failed, tally.reclaimed(), Map.of());
        return BroadcastTexts.status(broadcast, now, done);
    }
}
