package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relais.core.port.Samples.ALICE;
import static org.relais.core.port.Samples.ALICE_ON_SLACK;
import static org.relais.core.port.Samples.BOB;
import static org.relais.core.port.Samples.at;
import static org.relais.core.port.Samples.conversation;
import static org.relais.core.port.Samples.moved;
import static org.relais.core.port.Samples.withVersion;

import org.junit.jupiter.api.Test;

/** The contract of {@link ConversationRepository}: find, save with optimistic versions, delete. */
public interface ConversationContract extends StoreFixture {

    @Test
    default void aConversationNeverSavedIsNotFound() {
        assertThat(find(ALICE)).isEmpty();
    }

    @Test
    default void theFirstSaveStoresVersionOneWithEveryField() {
        StoredConversation alice = conversation(ALICE, "menu");

        assertThat(save(alice)).isEqualTo(1);

        assertThat(find(alice.key())).contains(withVersion(alice, 1));
    }

    @Test
    default void eachSaveBumpsTheVersionAndReplacesTheFields() {
        StoredConversation alice = conversation(ALICE, "menu");
        save(alice);
        StoredConversation next = moved(alice, "wording", 1, at(60));

        assertThat(save(next)).isEqualTo(2);
        assertThat(find(alice.key())).contains(withVersion(next, 2));
        assertThat(save(moved(alice, "review", 2, at(120)))).isEqualTo(3);
        assertThat(find(alice.key()).orElseThrow().state()).isEqualTo("review");
    }

    @Test
    default void aSaveOverAStaleVersionIsAConflictAndChangesNothing() {
        StoredConversation alice = conversation(ALICE, "menu");
        save(alice);
        StoredConversation second = moved(alice, "wording", 1, at(60));
        save(second);

        assertThatThrownBy(() -> save(moved(alice, "stale", 1, at(120))))
                .isInstanceOf(StoreConflictException.class);
        assertThat(find(alice.key())).contains(withVersion(second, 2));
    }

    @Test
    default void savingVersionZeroOverAStoredConversationIsAConflict() {
        StoredConversation alice = conversation(ALICE, "menu");
        save(alice);

        assertThatThrownBy(() -> save(conversation(ALICE, "other"))).isInstanceOf(StoreConflictException.class);
        assertThat(find(alice.key())).contains(withVersion(alice, 1));
    }

    @Test
    default void savingAVersionThatWasNeverStoredIsAConflict() {
        assertThatThrownBy(() -> save(withVersion(conversation(ALICE, "menu"), 3)))
                .isInstanceOf(StoreConflictException.class);
        assertThat(find(ALICE)).isEmpty();
    }

    @Test
    default void textRoundTripsExactlyWhateverItHolds() {
        String tricky = "Zoé 🚀 中文 עברית \"quoted\" 'single' back\\slash\ttab\nline\r\nwindows\n";
        StringBuilder big = new StringBuilder();
        while (big.length() < 10_240) {
            big.append(tricky).append(big.length());
        }
        StoredConversation alice = new StoredConversation(ALICE, "-100123 🚀", "état_émoji", "fr-CA",
                big.toString(), 0, at(1));

        save(alice);

        StoredConversation found = find(alice.key()).orElseThrow();
        assertThat(found.data()).hasSize(big.length()).isEqualTo(big.toString());
        assertThat(found).isEqualTo(withVersion(alice, 1));
    }

    @Test
    default void emptyTextStaysEmpty() {
        StoredConversation alice = new StoredConversation(ALICE, "", "menu", "fr", "", 0, at(1));

        save(alice);

        assertThat(find(alice.key())).contains(withVersion(alice, 1));
    }

    @Test
    default void eachPlatformAndUserHasItsOwnConversation() {
        StoredConversation alice = conversation(ALICE, "menu");
        StoredConversation bob = conversation(BOB, "guide");
        StoredConversation slack = conversation(ALICE_ON_SLACK, "settings");
        save(alice);
        save(bob);
        save(slack);
        save(moved(alice, "wording", 1, at(5)));

        assertThat(find(bob.key())).contains(withVersion(bob, 1));
        assertThat(find(slack.key())).contains(withVersion(slack, 1));
        assertThat(find(alice.key()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    default void deleteSaysWhetherThereWasOneAndRemovesOnlyIt() {
        StoredConversation alice = conversation(ALICE, "menu");
        StoredConversation slack = conversation(ALICE_ON_SLACK, "menu");
        assertThat(delete(ALICE)).isFalse();
        save(alice);
        save(slack);

        assertThat(delete(ALICE)).isTrue();

        assertThat(find(alice.key())).isEmpty();
        assertThat(find(slack.key())).contains(withVersion(slack, 1));
        assertThat(delete(ALICE)).isFalse();
    }

    @Test
    default void aDeletedConversationStartsAgainAtVersionOne() {
        StoredConversation alice = conversation(ALICE, "menu");
        save(alice);
        save(moved(alice, "wording", 1, at(5)));
        delete(ALICE);

        assertThat(save(alice)).isEqualTo(1);
        assertThat(find(alice.key())).contains(withVersion(alice, 1));
    }
}
