package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.core.port.Milestone.POSTED;
import static org.relais.core.port.Milestone.READY;
import static org.relais.core.port.Milestone.STARTED;
import static org.relais.core.port.Samples.ALICE;
import static org.relais.core.port.Samples.ALICE_ON_SLACK;
import static org.relais.core.port.Samples.BOB;
import static org.relais.core.port.Samples.T0;
import static org.relais.core.port.Samples.at;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;

/** The contract of {@link ProgressRepository}: first times kept, implied start, order, forgetting. */
public interface ProgressContract extends StoreFixture {

    private void record(ConversationKey key, String action, Milestone milestone, Instant at) {
        inTxDo(tx -> tx.progress().record(key, action, milestone, at));
    }

    private static Progress progress(String action, Instant started, Instant ready, Instant posted) {
        return new Progress(action, started, Optional.ofNullable(ready), Optional.ofNullable(posted));
    }

    @Test
    default void someoneWhoStartedNothingHasNoProgress() {
        assertThat(progressOf(ALICE)).isEmpty();
    }

    @Test
    default void startingRecordsOnlyTheStartTime() {
        record(ALICE, "a1", STARTED, T0);

        assertThat(progressOf(ALICE)).containsExactly(progress("a1", T0, null, null));
        assertThat(progressOf(ALICE).get(0).furthest()).isEqualTo(STARTED);
    }

    @Test
    default void eachMilestoneKeepsItsFirstTime() {
        record(ALICE, "a1", STARTED, T0);
        record(ALICE, "a1", READY, at(60));
        record(ALICE, "a1", STARTED, at(90));
        record(ALICE, "a1", READY, at(120));
        record(ALICE, "a1", POSTED, at(180));
        record(ALICE, "a1", POSTED, at(240));

        assertThat(progressOf(ALICE)).containsExactly(progress("a1", T0, at(60), at(180)));
        assertThat(progressOf(ALICE).get(0).furthest()).isEqualTo(POSTED);
    }

    @Test
    default void readyWithoutStartedAlsoRecordsTheStart() {
        record(ALICE, "a1", READY, at(60));

        assertThat(progressOf(ALICE)).containsExactly(progress("a1", at(60), at(60), null));
    }

    @Test
    default void postedWithoutStartedAlsoRecordsTheStartButNotReady() {
        record(ALICE, "a1", POSTED, at(60));

        assertThat(progressOf(ALICE)).containsExactly(progress("a1", at(60), null, at(60)));
    }

    @Test
    default void progressIsListedByStartTimeWhateverTheOrderOfRecordsOrNames() {
        record(ALICE, "b", STARTED, at(0));
        record(ALICE, "a", STARTED, at(60));
        record(ALICE, "c", READY, at(-60));
        record(ALICE, "b", POSTED, at(120));

        assertThat(progressOf(ALICE)).extracting(Progress::actionId).containsExactly("c", "b", "a");
    }

    @Test
    default void eachPersonSeesOnlyTheirOwnProgress() {
        record(ALICE, "a1", STARTED, T0);
        record(BOB, "a2", READY, at(1));
        record(ALICE_ON_SLACK, "a3", POSTED, at(2));

        assertThat(progressOf(ALICE)).containsExactly(progress("a1", T0, null, null));
        assertThat(progressOf(BOB)).containsExactly(progress("a2", at(1), at(1), null));
        assertThat(progressOf(ALICE_ON_SLACK)).containsExactly(progress("a3", at(2), null, at(2)));
    }

    @Test
    default void forgettingSomeoneDeletesTheirProgressOnly() {
        record(ALICE, "a1", STARTED, T0);
        record(ALICE, "a2", POSTED, at(1));
        record(BOB, "a1", STARTED, at(2));
        record(ALICE_ON_SLACK, "a1", STARTED, at(3));

        assertThat(forget(ALICE)).isEqualTo(2);

        assertThat(progressOf(ALICE)).isEmpty();
        assertThat(progressOf(BOB)).containsExactly(progress("a1", at(2), null, null));
        assertThat(progressOf(ALICE_ON_SLACK)).containsExactly(progress("a1", at(3), null, null));
        assertThat(forget(ALICE)).isZero();
    }

    @Test
    default void someoneForgottenStartsAfresh() {
        record(ALICE, "a1", POSTED, T0);
        forget(ALICE);

        record(ALICE, "a1", STARTED, at(60));

        assertThat(progressOf(ALICE)).containsExactly(progress("a1", at(60), null, null));
    }
}
