package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;

/** The contract of {@link CoordinatorRoster} and {@link Subscriptions}. */
public interface CoordinationContract extends StoreFixture {

    Instant AT = Instant.parse("2026-11-25T14:00:00.654321Z");
    ConversationKey ANNE = new ConversationKey("telegram", "6023381147");
    ConversationKey BOB = new ConversationKey("slack", "U012ABCDEF");
    ConversationKey CHLOE = new ConversationKey("telegram", "123456");

    private boolean granted(ConversationKey person) {
        return this.<Boolean>inTx(tx -> tx.coordinators().isGranted(person));
    }

    private List<RoleChange> history() {
        return inTx(tx -> tx.coordinators().history());
    }

    private List<ConversationKey> grantedPeople() {
        return inTx(tx -> tx.coordinators().granted());
    }

    private List<Subscription> subscriptions() {
        return inTx(tx -> tx.subscriptions().list());
    }

    private Optional<Subscription> subscription(String platform, String chatId) {
        return inTx(tx -> tx.subscriptions().find(platform, chatId));
    }

    private boolean subscribe(Subscription subscription) {
        return this.<Boolean>inTx(tx -> tx.subscriptions().subscribe(subscription));
    }

    private boolean unsubscribe(String platform, String chatId) {
        return this.<Boolean>inTx(tx -> tx.subscriptions().unsubscribe(platform, chatId));
    }

    @Test
    default void aGrantThenARemovalAreBothKeptAndTheLatestDecides() {
        inTxDo(tx -> tx.coordinators().change(new RoleChange(BOB, ANNE, true, AT)));
        assertThat(granted(BOB)).isTrue();
        inTxDo(tx -> tx.coordinators().change(new RoleChange(BOB, CHLOE, false, AT.plusSeconds(60))));
        assertThat(granted(BOB)).isFalse();
        assertThat(history()).containsExactly(
                new RoleChange(BOB, ANNE, true, AT), new RoleChange(BOB, CHLOE, false, AT.plusSeconds(60)));
    }

    @Test
    default void nobodyIsGrantedByDefaultAndGrantedPeopleAreListedInOrder() {
        assertThat(granted(ANNE)).isFalse();
        inTxDo(tx -> {
            tx.coordinators().change(new RoleChange(CHLOE, ANNE, true, AT));
            tx.coordinators().change(new RoleChange(BOB, ANNE, true, AT));
            tx.coordinators().change(new RoleChange(ANNE, BOB, true, AT));
            tx.coordinators().change(new RoleChange(ANNE, BOB, false, AT.plusSeconds(1)));
        });
        assertThat(grantedPeople()).containsExactly(BOB, CHLOE);
    }

    @Test
    default void aGrantInAFailedTransactionIsNotKept() {
        catchThrowable(() -> inTxDo(tx -> {
            tx.coordinators().change(new RoleChange(BOB, ANNE, true, AT));
            tx.subscriptions().subscribe(new Subscription("slack", "C0TABLE01", ANNE, AT));
            throw new IllegalStateException("rolled back");
        }));
        assertThat(history()).isEmpty();
        assertThat(subscriptions()).isEmpty();
    }

    @Test
    default void aChatIsSubscribedOnceAndTheFirstSubscriptionIsKept() {
        Subscription first = new Subscription("telegram", "-1001234567890", ANNE, AT);
        assertThat(subscribe(first)).isTrue();
        assertThat(subscribe(new Subscription("telegram", "-1001234567890", CHLOE, AT.plusSeconds(5)))).isFalse();
        assertThat(subscription("telegram", "-1001234567890")).contains(first);
        assertThat(subscription("slack", "-1001234567890")).isEmpty();
    }

    @Test
    default void subscriptionsAreListedByPlatformThenChatAndCanBeRemoved() {
        inTxDo(tx -> {
            tx.subscriptions().subscribe(new Subscription("telegram", "-1002", ANNE, AT));
            tx.subscriptions().subscribe(new Subscription("slack", "C0TABLE01", BOB, AT));
            tx.subscriptions().subscribe(new Subscription("telegram", "-1001", ANNE, AT));
        });
        assertThat(subscriptions()).extracting(s -> s.platform() + ":" + s.chatId())
                .containsExactly("slack:C0TABLE01", "telegram:-1001", "telegram:-1002");
        assertThat(unsubscribe("telegram", "-1001")).isTrue();
        assertThat(unsubscribe("telegram", "-1001")).isFalse();
        assertThat(subscriptions()).extracting(Subscription::chatId).containsExactly("C0TABLE01", "-1002");
    }

    @Test
    default void anUnsubscribeInAFailedTransactionIsUndone() {
        inTxDo(tx -> tx.subscriptions().subscribe(new Subscription("slack", "C0TABLE01", BOB, AT)));
        catchThrowable(() -> inTxDo(tx -> {
            tx.subscriptions().unsubscribe("slack", "C0TABLE01");
            throw new IllegalStateException("rolled back");
        }));
        assertThat(subscriptions()).extracting(Subscription::chatId).isEqualTo(List.of("C0TABLE01"));
    }
}
