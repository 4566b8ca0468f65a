package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.relais.core.port.Samples.ALICE;
import static org.relais.core.port.Samples.BOB;
import static org.relais.core.port.Samples.T0;
import static org.relais.core.port.Samples.at;
import static org.relais.core.port.Samples.conversation;
import static org.relais.core.port.Samples.moved;
import static org.relais.core.port.Samples.withVersion;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract of {@link Store#inTransaction}: all of a transaction, or nothing of it. */
public interface RollbackContract extends StoreFixture {

    @Test
    default void aCommittedTransactionAnswersWhatTheWorkReturned() {
        long answer = inTx(tx -> tx.conversations().save(conversation(ALICE, "menu")) + 41);
        assertThat(answer).isEqualTo(42);
        assertThat(find(ALICE)).isPresent();
    }

    @Test
    default void aTransactionThatThrowsLeavesNothingBehindAndRethrowsAsIs() {
        StoredConversation alice = conversation(ALICE, "menu");
        save(alice);
        IllegalStateException bug = new IllegalStateException("a bug in a flow");

        Throwable thrown = catchThrowable(() -> inTxDo(tx -> {
            tx.conversations().save(moved(alice, "wording", 1, at(60)));
            tx.conversations().save(conversation(BOB, "guide"));
            tx.progress().record(ALICE, "a1", Milestone.POSTED, T0);
            tx.completions().add(new Completion("a1", "Lucie", "x", LocalDate.of(2025, 3, 1)));
            tx.deliveries().markProcessed("telegram", "900", T0);
            tx.counters().next("rotation:a1");
            throw bug;
        }));

        assertThat(thrown).isSameAs(bug);
        assertNothingButAliceAtVersionOne(alice);
    }

    @Test
    default void aConflictRollsBackWhatTheTransactionHadAlreadyDone() {
        StoredConversation alice = conversation(ALICE, "menu");
        save(alice);

        assertThatThrownBy(() -> inTxDo(tx -> {
            tx.deliveries().markProcessed("telegram", "900", T0);
            tx.counters().next("rotation:a1");
            tx.progress().record(ALICE, "a1", Milestone.POSTED, T0);
            tx.completions().add(new Completion("a1", "Lucie", "x", LocalDate.of(2025, 3, 1)));
            tx.conversations().save(conversation(BOB, "guide"));
            tx.conversations().save(moved(alice, "stale", 0, at(60)));
        })).isInstanceOf(StoreConflictException.class);

        assertNothingButAliceAtVersionOne(alice);
    }

    private void assertNothingButAliceAtVersionOne(StoredConversation alice) {
        assertThat(find(ALICE)).contains(withVersion(alice, 1));
        assertThat(find(BOB)).isEmpty();
        assertThat(progressOf(ALICE)).isEmpty();
        assertThat(countsFor("a1")).isEmpty();
        assertThat(mark("telegram", "900", T0)).isTrue();
        assertThat(next("rotation:a1")).isEqualTo(1);
    }
}
