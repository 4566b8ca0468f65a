package org.relais.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;

/**
 * The broadcasts and their outbox: one delivery row per subscribed chat, written when the broadcast is
 * confirmed, so that a crash loses none of them.
 *
 * <p>Exactly once, as far as the platforms allow: a worker {@linkplain #claim claims} a delivery (in its
 * own transaction) right before the call that sends it, and {@linkplain #sent records} it right after.
 * A delivery claimed by a worker that died is claimed again once its claim is older than the lease
 * ({@code staleBefore}); that is the only way a chat can get an announcement twice, and
 * {@link DeliveryTally#reclaimed()} counts those.
 */
public interface Broadcasts {

    /** Stores a draft; returns its id. */
    long draft(Broadcast draft);

    Optional<Broadcast> find(long id);

    /** The person's most recent draft, if they have one. */
    Optional<Broadcast> latestDraft(ConversationKey by);

    /**
     * Confirms a draft, due at {@code sendAt}. False (and nothing written) when it is no longer a
     * draft: confirmed already, or cancelled.
     */
    boolean confirm(long id, Instant sendAt);

    /**
     * Writes the outbox: one pending delivery per chat, in this order. The worker does it in the
     * transaction that {@linkplain #take takes} a due broadcast, so that a scheduled broadcast goes to
     * the chats subscribed when it goes out.
     */
    void enqueue(long id, List<ChatAddress> chats);

    /** Drops a draft or a scheduled broadcast that has not started; false otherwise. */
    boolean cancel(long id);

    /** Confirmed broadcasts not started yet, soonest first. */
    List<Broadcast> scheduled();

    /** Broadcasts to work on: scheduled and due by {@code now}, or sending; oldest first. */
    List<Broadcast> runnable(Instant now);

    /**
     * Takes a broadcast to work on: a due one starts ({@code startedAt} = now); a sending one is taken
     * over if {@code runner} holds it already or its holder's heartbeat is older than {@code staleBefore}.
     * False when another live worker holds it.
     */
    boolean take(long id, String runner, Instant now, Instant staleBefore);

    /** The holder says it is alive. */
    void heartbeat(long id, String runner, Instant now);

    void setStatusMessage(long id, String messageId);

    /** Deliveries not sent nor failed yet, in the order they were written. */
    List<Delivery> unsettled(long id);

    /**
     * Marks a delivery as being sent by {@code runner}, right before the call. True when it is the
     * runner's to send: pending, or claimed by this runner already (a retried call), or claimed by
     * another whose claim is older than {@code staleBefore}; false when it is settled or another live
     * worker holds it.
     */
    boolean claim(long id, ChatAddress to, String runner, Instant now, Instant staleBefore);

    /** The platform took it. */
    void sent(long id, ChatAddress to, String messageId, Instant now);

    /** The platform refused it for good; {@code reason} as the platform said it (no message text). */
    void failed(long id, ChatAddress to, String reason, Instant now);

    DeliveryTally tally(long id);

    /** Every delivery settled: the broadcast is done. */
    void finish(long id, Instant now);
}
