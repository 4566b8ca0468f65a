package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.i18n.Language;

/** The contract of {@link Broadcasts}: drafts, confirmation, the outbox and its claims. */
public interface BroadcastContract extends StoreFixture {

    Instant NOW = Instant.parse("2026-11-25T14:00:00.654321Z");
    ConversationKey COORDINATOR = new ConversationKey("telegram", "6023381147");
    Announcement ANNOUNCEMENT = new Announcement(Language.FR, "aide-sociale", "Aide sociale", "Écrivez aux députés.",
            "Participer");
    ChatAddress GROUP = new ChatAddress("telegram", "-1001234567890");
    ChatAddress CHANNEL = new ChatAddress("slack", "C012ABCDEF");
    ChatAddress PERSON = new ChatAddress("telegram", "42");

    private long draft(Instant at) {
        return this.<Long>inTx(tx -> tx.broadcasts().draft(Broadcast.draft(ANNOUNCEMENT, COORDINATOR, "6023381147", at)));
    }

    private long confirmed(Instant sendAt, ChatAddress... chats) {
        long id = draft(NOW);
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().confirm(id, sendAt))).isTrue();
        inTxDo(tx -> tx.broadcasts().enqueue(id, List.of(chats)));
        return id;
    }

    private Broadcast find(long id) {
        return this.<Optional<Broadcast>>inTx(tx -> tx.broadcasts().find(id)).orElseThrow();
    }

    private boolean claim(long id, ChatAddress to, String runner, Instant at, Instant staleBefore) {
        return this.<Boolean>inTx(tx -> tx.broadcasts().claim(id, to, runner, at, staleBefore));
    }

    private DeliveryTally tally(long id) {
        return inTx(tx -> tx.broadcasts().tally(id));
    }

    @Test
    default void aDraftKeepsItsAnnouncementAndIsTheCoordinatorsLatest() {
        long older = draft(NOW);
        long newer = draft(NOW.plusSeconds(5));
        Broadcast stored = find(newer);
        assertThat(stored.announcement()).isEqualTo(ANNOUNCEMENT);
        assertThat(stored.by()).isEqualTo(COORDINATOR);
        assertThat(stored.reportChat()).isEqualTo("6023381147");
        assertThat(stored.state()).isEqualTo(Broadcast.State.DRAFT);
        assertThat(stored.createdAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(stored.statusMessage()).isEmpty();
        assertThat(newer).isNotEqualTo(older);
        assertThat(this.<Optional<Broadcast>>inTx(tx -> tx.broadcasts().latestDraft(COORDINATOR))).map(Broadcast::id)
                .contains(newer);
        assertThat(this.<Optional<Broadcast>>inTx(tx -> tx.broadcasts().latestDraft(new ConversationKey("slack", "U1"))))
                .isEmpty();
    }

    @Test
    default void aDraftIsConfirmedOnceAndItsOutboxKeepsTheOrderChatsWereWrittenIn() {
        long id = draft(NOW);
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().confirm(id, NOW))).isTrue();
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().confirm(id, NOW))).isFalse();
        inTxDo(tx -> tx.broadcasts().enqueue(id, List.of(GROUP, CHANNEL)));
        inTxDo(tx -> tx.broadcasts().enqueue(id, List.of(PERSON)));
        assertThat(find(id).state()).isEqualTo(Broadcast.State.SCHEDULED);
        assertThat(this.<List<Delivery>>inTx(tx -> tx.broadcasts().unsettled(id))).extracting(Delivery::to)
                .containsExactly(GROUP, CHANNEL, PERSON);
        assertThat(tally(id)).isEqualTo(new DeliveryTally(3, 3, 0, 0, 0, 0, Map.of()));
        assertThat(this.<Optional<Broadcast>>inTx(tx -> tx.broadcasts().latestDraft(COORDINATOR))).isEmpty();
    }

    @Test
    default void aScheduledBroadcastIsRunnableOnlyOnceDueAndCanBeCancelledUntilItStarts() {
        long later = confirmed(NOW.plusSeconds(3600), GROUP);
        long now = confirmed(NOW, CHANNEL);
        assertThat(this.<List<Broadcast>>inTx(tx -> tx.broadcasts().scheduled())).extracting(Broadcast::id)
                .containsExactly(now, later);
        assertThat(this.<List<Broadcast>>inTx(tx -> tx.broadcasts().runnable(NOW))).extracting(Broadcast::id)
                .containsExactly(now);
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().take(later, "w1", NOW, NOW))).isFalse();
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().take(now, "w1", NOW, NOW))).isTrue();
        assertThat(find(now).state()).isEqualTo(Broadcast.State.SENDING);
        assertThat(find(now).startedAt()).contains(NOW);
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().cancel(now))).isFalse();
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().cancel(later))).isTrue();
        assertThat(find(later).state()).isEqualTo(Broadcast.State.CANCELLED);
        assertThat(this.<List<Broadcast>>inTx(tx -> tx.broadcasts().runnable(NOW.plusSeconds(7200)))).extracting(Broadcast::id)
                .containsExactly(now);
    }

    @Test
    default void aSendingBroadcastIsTakenOverOnlyWhenItsHoldersHeartbeatIsStale() {
        long id = confirmed(NOW, GROUP);
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().take(id, "w1", NOW, NOW.minusSeconds(120)))).isTrue();
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().take(id, "w1", NOW.plusSeconds(1), NOW.minusSeconds(119)))).isTrue();
        inTxDo(tx -> tx.broadcasts().heartbeat(id, "w1", NOW.plusSeconds(60)));
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().take(id, "w2", NOW.plusSeconds(90), NOW.plusSeconds(30)))).isFalse();
        assertThat(this.<Boolean>inTx(tx -> tx.broadcasts().take(id, "w2", NOW.plusSeconds(200), NOW.plusSeconds(80)))).isTrue();
        assertThat(find(id).startedAt()).contains(NOW);
    }

    @Test
    default void aDeliveryIsClaimedOnceAgainByTheSameWorkerAndByAnotherOnlyWhenStale() {
        long id = confirmed(NOW, GROUP, PERSON);
        assertThat(claim(id, GROUP, "w1", NOW, NOW)).isTrue();
        assertThat(claim(id, GROUP, "w1", NOW.plusSeconds(2), NOW)).as("the same worker retrying after a 429").isTrue();
        assertThat(claim(id, GROUP, "w2", NOW.plusSeconds(3), NOW.minusSeconds(100))).as("held by a live worker").isFalse();
        assertThat(tally(id)).isEqualTo(new DeliveryTally(2, 1, 1, 0, 0, 0, Map.of()));
        assertThat(claim(id, GROUP, "w2", NOW.plusSeconds(300), NOW.plusSeconds(100))).as("its worker died").isTrue();
        assertThat(tally(id).reclaimed()).isEqualTo(1);
        assertThat(this.<List<Delivery>>inTx(tx -> tx.broadcasts().unsettled(id))).extracting(Delivery::claims)
                .containsExactly(2, 0);
    }

    @Test
    default void settledDeliveriesAreNeverClaimedAgainAndTheTallySaysWhy() {
        long id = confirmed(NOW, GROUP, CHANNEL, PERSON);
        inTxDo(tx -> tx.broadcasts().take(id, "w1", NOW, NOW));
        claim(id, GROUP, "w1", NOW, NOW);
        claim(id, CHANNEL, "w1", NOW, NOW);
        claim(id, PERSON, "w1", NOW, NOW);
        inTxDo(tx -> tx.broadcasts().sent(id, GROUP, "77", NOW.plusSeconds(1)));
        inTxDo(tx -> tx.broadcasts().failed(id, CHANNEL, "not_in_channel", NOW.plusSeconds(1)));
        inTxDo(tx -> tx.broadcasts().failed(id, PERSON, "403 Forbidden: bot was blocked by the user", NOW.plusSeconds(1)));
        assertThat(claim(id, GROUP, "w1", NOW.plusSeconds(2), NOW.plusSeconds(2))).isFalse();
        assertThat(claim(id, CHANNEL, "w2", NOW.plusSeconds(999), NOW.plusSeconds(999))).isFalse();
        DeliveryTally tally = tally(id);
        assertThat(tally).isEqualTo(new DeliveryTally(3, 0, 0, 1, 2, 0,
                Map.of("not_in_channel", 1, "403 Forbidden: bot was blocked by the user", 1)));
        assertThat(tally.settled()).isTrue();
        assertThat(this.<List<Delivery>>inTx(tx -> tx.broadcasts().unsettled(id))).isEmpty();
        inTxDo(tx -> tx.broadcasts().setStatusMessage(id, "1.700000000.000100"));
        inTxDo(tx -> tx.broadcasts().finish(id, NOW.plusSeconds(3)));
        Broadcast done = find(id);
        assertThat(done.state()).isEqualTo(Broadcast.State.DONE);
        assertThat(done.finishedAt()).contains(NOW.plusSeconds(3));
        assertThat(done.statusMessage()).contains("1.700000000.000100");
        assertThat(this.<List<Broadcast>>inTx(tx -> tx.broadcasts().runnable(NOW.plusSeconds(9)))).isEmpty();
    }

    @Test
    default void aBroadcastRolledBackLeavesNoDraftNorDelivery() {
        long kept = draft(NOW);
        try {
            inTxDo(tx -> {
                long id = tx.broadcasts().draft(Broadcast.draft(ANNOUNCEMENT, COORDINATOR, "1", NOW.plusSeconds(9)));
                tx.broadcasts().confirm(id, NOW);
                tx.broadcasts().enqueue(id, List.of(GROUP));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction is undone
        }
        assertThat(this.<Optional<Broadcast>>inTx(tx -> tx.broadcasts().latestDraft(COORDINATOR))).map(Broadcast::id)
                .contains(kept);
        assertThat(this.<List<Broadcast>>inTx(tx -> tx.broadcasts().scheduled())).isEmpty();
    }
}
