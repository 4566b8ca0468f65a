package org.relais.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.relais.core.chat.ConversationKey;

/**
 * What every store contract suite needs: the store under test, empty at the start of each test, and
 * short ways to run transactions on it. The suites are interfaces so that one test class per store
 * ({@link StoreContract}) runs them all.
 */
public interface StoreFixture {

    /** How long a test waits for another thread before it fails rather than hangs. */
    long WAIT_SECONDS = 20;

    /** The store under test, empty when the test starts. */
    Store store();

    /**
     * Whether two transactions can be open at the same time. A store that serialises them (one lock)
     * answers false, and the concurrency tests then race without meeting inside their transactions.
     */
    default boolean transactionsOverlap() {
        return true;
    }

    default <T> T inTx(Function<Tx, T> work) {
        return store().inTransaction(work);
    }

    default void inTxDo(Consumer<Tx> work) {
        store().inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    // One transaction each, typed, for the suites' assertions.

    default Optional<StoredConversation> find(ConversationKey key) {
        return inTx(tx -> tx.conversations().find(key));
    }

    default long save(StoredConversation conversation) {
        return inTx(tx -> tx.conversations().save(conversation));
    }

    default boolean delete(ConversationKey key) {
        return inTx(tx -> tx.conversations().delete(key));
    }

    default List<Progress> progressOf(ConversationKey key) {
        return inTx(tx -> tx.progress().forUser(key));
    }

    default int forget(ConversationKey key) {
        return inTx(tx -> tx.progress().deleteUser(key));
    }

    default List<CompletionCount> countsFor(String actionId) {
        return inTx(tx -> tx.completions().countsFor(actionId));
    }

    default boolean mark(String platform, String deliveryId, Instant at) {
        return inTx(tx -> tx.deliveries().markProcessed(platform, deliveryId, at));
    }

    default int purgeBefore(Instant before) {
        return inTx(tx -> tx.deliveries().purgeBefore(before));
    }

    default long next(String counter) {
        return inTx(tx -> tx.counters().next(counter));
    }

    /** Runs {@code work} again after each conflict, as the engine does, a bounded number of times. */
    default <T> T retrying(Function<Tx, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store().inTransaction(work);
            } catch (StoreConflictException conflict) {
                if (attempt == 10) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * Inside a transaction: waits until every racer has reached this point, so that all their
     * transactions are open at once. Passes at once when the latch is already down (a retry) or when
     * the store serialises transactions.
     */
    default void meet(CountDownLatch racers) {
        if (!transactionsOverlap()) {
            return;
        }
        racers.countDown();
        try {
            if (!racers.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction never started: does the store serialise them?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the other transaction", e);
        }
    }
}
