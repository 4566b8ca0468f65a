package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.core.port.Samples.ALICE;
import static org.relais.core.port.Samples.at;
import static org.relais.core.port.Samples.conversation;
import static org.relais.core.port.Samples.moved;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Two events at once for the same rows, as when a platform re-delivers while the first delivery is
 * still being handled: no lost update, no duplicate, and a loser that may simply run again.
 */
public interface ConcurrencyContract extends StoreFixture {

    /**
     * Both transactions have read the same version before either saves over it (when the store lets
     * them overlap; a serialising store runs one after the other, and the second saves a stale
     * version). Five rounds, because a check made apart from the write loses only some races.
     */
    @Test
    default void ofTwoSavesOverTheSameVersionExactlyOneWins() throws Exception {
        StoredConversation alice = conversation(ALICE, "menu");
        save(alice);
        for (long version = 1; version <= 5; version++) {
            long read = version;
            CountDownLatch bothRead = new CountDownLatch(2);
            List<Callable<Long>> racers = new ArrayList<>();
            for (String state : List.of("first", "second")) {
                racers.add(() -> inTx(tx -> {
                    readInside(tx, read);
                    meet(bothRead);
                    return tx.conversations().save(moved(alice, state, read, at(60)));
                }));
            }

            List<Race.Outcome<Long>> outcomes = Race.all(racers);

            Race.Outcome<Long> winner = Race.onlyWinner(outcomes);
            assertThat(winner.value()).isEqualTo(read + 1);
            StoredConversation stored = find(ALICE).orElseThrow();
            assertThat(stored.version()).isEqualTo(read + 1);
            assertThat(stored.state()).isEqualTo(outcomes.get(0) == winner ? "first" : "second");
        }
    }

    /** Both transactions have seen no conversation before either inserts one. */
    @Test
    default void ofTwoFirstSavesOfOneConversationExactlyOneWins() throws Exception {
        CountDownLatch bothRead = new CountDownLatch(2);
        List<Callable<Long>> racers = new ArrayList<>();
        for (String state : List.of("first", "second")) {
            racers.add(() -> inTx(tx -> {
                readInside(tx, 0);
                meet(bothRead);
                return tx.conversations().save(conversation(ALICE, state));
            }));
        }

        List<Race.Outcome<Long>> outcomes = Race.all(racers);

        Race.onlyWinner(outcomes);
        assertThat(find(ALICE).orElseThrow().version()).isEqualTo(1);
    }

    /** Reads Alice's conversation, as the engine does before saving; checks the version when racing. */
    private void readInside(Tx tx, long expectedVersion) {
        long read = tx.conversations().find(ALICE).map(StoredConversation::version).orElse(0L);
        if (transactionsOverlap()) {
            assertThat(read).as("version read before the other transaction saved").isEqualTo(expectedVersion);
        }
    }

    /** The loser of the race runs again, as the engine does, and then sees the id as handled. */
    @Test
    default void aDeliveryRacedByTwoThreadsIsNewForExactlyOne() throws Exception {
        CountDownLatch bothOpen = new CountDownLatch(2);
        Callable<Boolean> racer = () -> retrying(tx -> {
            meet(bothOpen);
            return tx.deliveries().markProcessed("telegram", "555", at(0));
        });

        List<Race.Outcome<Boolean>> outcomes = Race.all(List.of(racer, racer));

        assertThat(outcomes).extracting(Race.Outcome::value).containsExactlyInAnyOrder(true, false);
    }

    @Test
    default void countersRacedByTwoThreadsLoseNoIncrement() throws Exception {
        Callable<List<Long>> racer = () -> {
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                values.add(retrying(tx -> tx.counters().next("rotation:a1")));
            }
            return values;
        };

        List<Race.Outcome<List<Long>>> outcomes = Race.all(List.of(racer, racer));

        List<Long> all = new ArrayList<>();
        outcomes.forEach(outcome -> all.addAll(outcome.value()));
        assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
    }
}
