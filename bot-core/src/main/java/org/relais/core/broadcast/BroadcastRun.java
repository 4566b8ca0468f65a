package org.relais.core.broadcast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.relais.core.chat.Reply;
import org.relais.core.i18n.Messages;
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
                    recordFailure(queue.poll().to(), reason, false);
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
            messenger.post(to.chatId(), announcement, () -> claim(to))
                    .whenComplete((id, error) -> owner.execute(() -> settled(delivery, id, error)));
        } catch (RuntimeException e) {
            owner.execute(() -> settled(delivery, Optional.empty(), e)); // a bug in the adapter: reported, not lost
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

    private void settled(Delivery delivery, Optional<String> id, Throwable error) {
        ChatAddress to = delivery.to();
        inFlight.merge(to.platform(), -1, Integer::sum);
        if (error == null) {
            id.ifPresent(messageId -> {
                record(tx -> tx.broadcasts().sent(broadcast.id(), to, messageId, owner.clock().instant()));
                sent++;
                statusDirty = true;
            });
        } else {
            Undelivered why = undelivered(error);
            switch (why.kind()) {
                case REFUSED -> recordFailure(to, why.reason(), false);
                case GONE -> recordFailure(to, why.reason(), true);
                case NOT_SENT -> {
                    if (notSent.merge(to, 1, Integer::sum) < NOT_SENT_TRIES) {
                        queues.get(to.platform()).add(delivery);
                    }
                }
                case UNKNOWN -> LOG.info("broadcast {}: the send to {} chat {} was on its way when sending stopped",
                        broadcast.id(), to.platform(), to.chatId());
            }
        }
        editStatus(false);
        pump();
        finishIfDone();
    }

    private void recordFailure(ChatAddress to, String reason, boolean gone) {
        record(tx -> {
            tx.broadcasts().failed(broadcast.id(), to, reason, owner.clock().instant());
            if (gone) {
                tx.subscriptions().unsubscribe(to.platform(), to.chatId());
            }
        });
        LOG.info("broadcast {}: {} chat {} failed: {}", broadcast.id(), to.platform(), to.chatId(), reason);
        failed++;
        unsubscribedSome |= gone;
        statusDirty = true;
    }

    /** What a failed send came to; anything but an {@link Undelivered} is a refusal named by its type. */
    private static Undelivered undelivered(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof Undelivered u ? u : new Undelivered(Undelivered.Kind.REFUSED, cause.getClass().getSimpleName(), cause);
    }

    /** Writes what a delivery came to; a store that fails is tried a few times, since the send cannot be undone. */
    private void record(Consumer<Tx> write) {
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
        messenger.post(broadcast.reportChat(), statusReply(false), () -> true).whenComplete((id, error) -> owner.execute(() -> {
            statusPosting = false;
            if (id != null && id.isPresent()) {
                statusMessage = id;
                record(tx -> tx.broadcasts().setStatusMessage(broadcast.id(), id.get()));
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
        lastStatus = at;
        statusDirty = false;
        try {
            messenger.edit(broadcast.reportChat(), statusMessage.get(), statusReply(ended)).exceptionally(failure -> {
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
