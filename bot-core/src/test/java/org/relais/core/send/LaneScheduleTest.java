package org.relais.core.send;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The scheduling rules on a clock the test holds: exact times, no threads. */
class LaneScheduleTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_000_000_000_000L; // any nanoTime value will do

    private long seq;

    private PendingCall<?> call(Lane lane) {
        return new PendingCall<>(lane, "call to " + lane.key(), () -> "x", seq++);
    }

    /** A bulk message: the overall window applies to it. */
    private PendingCall<?> call(String key) {
        return call(new Lane(key, "chat", false, Traffic.BULK));
    }

    private PendingCall<?> answer(String key) {
        return call(new Lane(key, "chat", false, Traffic.ANSWER));
    }

    private PendingCall<?> edit(String key) {
        return call(new Lane(key, "chat", false, Traffic.EDIT));
    }

    /** Starts the next call at {@code t} and returns it at once, delivered. */
    private static PendingCall<?> startAndReturn(LaneSchedule schedule, long t) {
        PendingCall<?> started = schedule.next(t);
        if (started != null) {
            schedule.returned(started, true, t);
        }
        return started;
    }

    @Test
    void theOverallWindowIsSharedAndSlides() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().overall(2).build(), T0);
        PendingCall<?> a = call("1");
        PendingCall<?> b = call("2");
        PendingCall<?> c = call("3");
        schedule.add(a, T0);
        schedule.add(b, T0);
        schedule.add(c, T0 + 500 * MS);

        assertThat(startAndReturn(schedule, T0)).isSameAs(a);
        assertThat(startAndReturn(schedule, T0 + 500 * MS)).isSameAs(b);
        assertThat(schedule.next(T0 + 999 * MS)).isNull();
        assertThat(schedule.wakeAt(T0 + 999 * MS)).isEqualTo(OptionalLong.of(T0 + 1000 * MS));
        assertThat(startAndReturn(schedule, T0 + 1000 * MS)).isSameAs(c);
    }

    @Test
    void aLaneSpendsItsBurstThenWaitsOneIntervalPerCall() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().lane(2, 1000).build(), T0);
        for (int i = 0; i < 4; i++) {
            schedule.add(call("1"), T0);
        }
        assertThat(startAndReturn(schedule, T0)).isNotNull();
        assertThat(startAndReturn(schedule, T0)).isNotNull();
        assertThat(schedule.next(T0)).isNull();
        assertThat(schedule.wakeAt(T0)).isEqualTo(OptionalLong.of(T0 + 1000 * MS));
        assertThat(startAndReturn(schedule, T0 + 1000 * MS)).isNotNull();
        assertThat(schedule.wakeAt(T0 + 1000 * MS)).isEqualTo(OptionalLong.of(T0 + 2000 * MS));
    }

    @Test
    void aWindowedLaneGetsAtMostItsWindowsWorthAnotherLaneDoesNot() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().window(2, 10_000).build(), T0);
        for (int i = 0; i < 3; i++) {
            schedule.add(call(new Lane("-1", "group", true, Traffic.BULK)), T0);
            schedule.add(call(new Lane("2", "private", false, Traffic.BULK)), T0);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(startAndReturn(schedule, T0 + i * MS)).isNotNull();
        }
        assertThat(schedule.next(T0 + 5 * MS)).as("third message to the windowed lane").isNull();
        assertThat(schedule.wakeAt(T0 + 5 * MS)).isEqualTo(OptionalLong.of(T0 + 10_000 * MS));
        assertThat(startAndReturn(schedule, T0 + 10_000 * MS).to.key()).isEqualTo("-1");
    }

    @Test
    void aWaitingLaneHoldsNobodyBackAndTheLongestWaitingCallGoesFirst() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().overall(1).lane(1, 500).build(), T0);
        PendingCall<?> a1 = call("A");
        PendingCall<?> a2 = call("A");
        PendingCall<?> b1 = call("B");
        PendingCall<?> c1 = call("C");
        schedule.add(a1, T0);
        schedule.add(a2, T0);
        schedule.add(b1, T0);
        schedule.add(c1, T0);

        assertThat(startAndReturn(schedule, T0)).isSameAs(a1);
        // At 1 s, A has been ready since 0.5 s and a2 was submitted before b1 and c1: it goes first.
        assertThat(startAndReturn(schedule, T0 + 1000 * MS)).isSameAs(a2);
        assertThat(startAndReturn(schedule, T0 + 2000 * MS)).isSameAs(b1);
        assertThat(startAndReturn(schedule, T0 + 3000 * MS)).isSameAs(c1);
    }

    @Test
    void aLaneNotReadyYetIsSkippedForOneThatIs() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().lane(1, 5000).build(), T0);
        schedule.add(call("A"), T0);
        schedule.add(call("A"), T0);
        assertThat(startAndReturn(schedule, T0)).isNotNull();
        PendingCall<?> b = call("B");
        schedule.add(b, T0 + MS);
        assertThat(startAndReturn(schedule, T0 + MS)).isSameAs(b);
        assertThat(schedule.next(T0 + 2 * MS)).isNull();
        assertThat(schedule.wakeAt(T0 + 2 * MS)).isEqualTo(OptionalLong.of(T0 + 5000 * MS));
    }

    @Test
    void aPausedCallStaysAtItsLanesHeadAndComesBackAfterThePause() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().build(), T0);
        PendingCall<?> first = call("1");
        schedule.add(first, T0);
        schedule.add(call("1"), T0);
        assertThat(schedule.next(T0)).isSameAs(first);
        schedule.pause(first, T0 + 1200 * MS);
        schedule.returned(first, false, T0 + 10 * MS);

        assertThat(schedule.next(T0 + 1199 * MS)).isNull();
        assertThat(schedule.wakeAt(T0 + 1199 * MS)).isEqualTo(OptionalLong.of(T0 + 1200 * MS));
        assertThat(schedule.next(T0 + 1200 * MS)).isSameAs(first);
    }

    @Test
    void unpacedCallsTakeNoShareOfTheOverallWindowAndNoLanePace() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().overall(1).lane(1, 1000).build(), T0);
        PendingCall<?> message = call("A");
        schedule.add(message, T0);
        schedule.add(call("B"), T0);
        PendingCall<?> answer = call(Lane.unpaced("answer"));
        PendingCall<?> again = call(Lane.unpaced("answer"));
        schedule.add(answer, T0);
        schedule.add(again, T0);

        assertThat(startAndReturn(schedule, T0)).as("an answer goes first").isSameAs(answer);
        assertThat(startAndReturn(schedule, T0)).as("a burst of one is not an answer's limit").isSameAs(again);
        assertThat(startAndReturn(schedule, T0)).as("the answers took no share of the overall window").isSameAs(message);
        assertThat(schedule.next(T0)).isNull();
        assertThat(schedule.wakeAt(T0)).isEqualTo(OptionalLong.of(T0 + 1000 * MS));
    }

    @Test
    void answersKeepTheirChatsPaceButNotTheOverallWindowAndGoBeforeBulk() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().overall(1).lane(1, 1000).build(), T0);
        PendingCall<?> bulkA = call("A");
        PendingCall<?> bulkB = call("B");
        schedule.add(bulkA, T0);
        schedule.add(bulkB, T0);
        assertThat(startAndReturn(schedule, T0)).isSameAs(bulkA);
        PendingCall<?> toC = answer("C");
        PendingCall<?> toD = answer("D");
        PendingCall<?> againToC = answer("C");
        schedule.add(toC, T0 + MS);
        schedule.add(toD, T0 + MS);
        schedule.add(againToC, T0 + MS);

        assertThat(startAndReturn(schedule, T0 + MS)).as("the bulk window is full; answers are not held to it").isSameAs(toC);
        assertThat(startAndReturn(schedule, T0 + MS)).isSameAs(toD);
        assertThat(schedule.next(T0 + 2 * MS)).as("C's pace holds its second answer; B waits for the window").isNull();
        assertThat(schedule.wakeAt(T0 + 2 * MS)).isEqualTo(OptionalLong.of(T0 + 1000 * MS));
        assertThat(startAndReturn(schedule, T0 + 1001 * MS)).as("both ready: the answer first").isSameAs(againToC);
        assertThat(startAndReturn(schedule, T0 + 1001 * MS)).isSameAs(bulkB);
    }

    @Test
    void anEditKeepsItsChatsOrderButSpendsNoTokenOfItsPace() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().lane(1, 1000).build(), T0);
        PendingCall<?> first = answer("A");
        PendingCall<?> edited = edit("A");
        PendingCall<?> second = answer("A");
        schedule.add(first, T0);
        schedule.add(edited, T0);
        schedule.add(second, T0);
        assertThat(startAndReturn(schedule, T0)).isSameAs(first);
        assertThat(startAndReturn(schedule, T0 + MS)).as("the pace is spent, an edit goes anyway").isSameAs(edited);
        assertThat(schedule.next(T0 + 2 * MS)).isNull();
        assertThat(startAndReturn(schedule, T0 + 1000 * MS)).as("the edit took no token").isSameAs(second);
    }

    @Test
    void anOperatorsCapHoldsAnswersInAWindowOfTheirOwn() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().overall(1).build().withAnswerCap(2), T0);
        for (String chat : new String[] {"A", "B", "C"}) {
            schedule.add(answer(chat), T0);
        }
        PendingCall<?> bulk = call("D");
        schedule.add(bulk, T0);
        assertThat(startAndReturn(schedule, T0).to.key()).isEqualTo("A");
        assertThat(startAndReturn(schedule, T0).to.key()).isEqualTo("B");
        assertThat(startAndReturn(schedule, T0)).as("the cap is the answers' own: bulk still has its slot").isSameAs(bulk);
        assertThat(schedule.next(T0)).isNull();
        assertThat(startAndReturn(schedule, T0 + 1000 * MS).to.key()).isEqualTo("C");
    }

    @Test
    void aFloodOfTheWholeBotPausesEveryMessageButNotCallsThatAreNotMessages() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().build(), T0);
        PendingCall<?> hit = answer("A");
        schedule.add(hit, T0);
        assertThat(schedule.next(T0)).isSameAs(hit);
        assertThat(schedule.chatMayExplainFlood(hit, T0)).as("A's first message: its pace cannot explain a 429").isFalse();
        schedule.pause(hit, T0 + 1200 * MS);
        schedule.pauseAll(T0 + 1200 * MS);
        schedule.returned(hit, false, T0 + 5 * MS);
        schedule.add(answer("B"), T0 + 5 * MS);
        schedule.add(edit("C"), T0 + 5 * MS);
        PendingCall<?> callback = call(Lane.unpaced("callback:1"));
        schedule.add(callback, T0 + 5 * MS);

        assertThat(startAndReturn(schedule, T0 + 6 * MS)).isSameAs(callback);
        assertThat(schedule.next(T0 + 6 * MS)).as("every message waits, edits too").isNull();
        assertThat(schedule.wakeAt(T0 + 6 * MS)).isEqualTo(OptionalLong.of(T0 + 1200 * MS));
        assertThat(startAndReturn(schedule, T0 + 1200 * MS).to.key()).isEqualTo("C");
    }

    @Test
    void aChatUsingItsBurstExplainsAFloodAndAWindowFullToo() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().lane(3, 1000).window(2, 60_000).build(), T0);
        schedule.add(answer("A"), T0);
        PendingCall<?> second = answer("A");
        schedule.add(second, T0);
        startAndReturn(schedule, T0);
        assertThat(schedule.next(T0 + 100 * MS)).isSameAs(second);
        assertThat(schedule.chatMayExplainFlood(second, T0 + 100 * MS)).as("100 ms after the first").isTrue();
        schedule.returned(second, true, T0 + 101 * MS);

        PendingCall<?> late = answer("A");
        schedule.add(late, T0 + 5000 * MS);
        assertThat(schedule.next(T0 + 5000 * MS)).isSameAs(late);
        assertThat(schedule.chatMayExplainFlood(late, T0 + 5000 * MS)).as("5 s after the last: the whole bot").isFalse();
        schedule.returned(late, true, T0 + 5001 * MS);

        PendingCall<?> group = call(new Lane("-1", "group", true, Traffic.ANSWER));
        PendingCall<?> groupAgain = call(new Lane("-1", "group", true, Traffic.ANSWER));
        schedule.add(group, T0);
        schedule.add(groupAgain, T0);
        startAndReturn(schedule, T0);
        assertThat(schedule.next(T0 + 2000 * MS)).isSameAs(groupAgain);
        assertThat(schedule.chatMayExplainFlood(groupAgain, T0 + 2000 * MS)).as("the group's window is full").isTrue();
    }

    @Test
    void onceAnswersAreKnownToCountTheyTakeTheOverallWindowAheadOfBulkForTenMinutes() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().overall(1).build(), T0);
        assertThat(schedule.learnAnswersCount(T0)).as("news").isTrue();
        assertThat(schedule.learnAnswersCount(T0)).as("known").isFalse();
        PendingCall<?> bulk = call("A");
        schedule.add(bulk, T0);
        schedule.add(answer("B"), T0 + MS);
        schedule.add(answer("C"), T0 + MS);
        assertThat(startAndReturn(schedule, T0 + MS).to.key()).as("an answer before the older bulk message").isEqualTo("B");
        assertThat(schedule.next(T0 + 2 * MS)).as("the answer took the window's slot").isNull();
        assertThat(startAndReturn(schedule, T0 + 1001 * MS).to.key()).isEqualTo("C");
        assertThat(startAndReturn(schedule, T0 + 2001 * MS)).isSameAs(bulk);

        long later = T0 + LaneSchedule.LEARNT_FOR_NANOS + 1;
        schedule.add(call("D"), later);
        schedule.add(answer("E"), later);
        assertThat(startAndReturn(schedule, later).to.key()).isEqualTo("E");
        assertThat(startAndReturn(schedule, later).to.key()).as("ten minutes on, the answer took no slot").isEqualTo("D");
    }

    /**
     * A fake that counts edits like messages gave a broadcast's progress edits 429s while they took no
     * slot; the peer benchmark's fake does not count them, and there counting them slowed every
     * answer. Telegram does not document it, so edits learn on their own.
     */
    @Test
    void onceEditsAreKnownToCountTheyTakeTheOverallWindowTooAndTheCapHoldsThem() {
        LaneSchedule answersOnly = new LaneSchedule(TestPaceLimits.open().overall(1).build(), T0);
        answersOnly.learnAnswersCount(T0);
        answersOnly.add(answer("X"), T0);
        answersOnly.add(edit("Y"), T0);
        assertThat(startAndReturn(answersOnly, T0).to.key()).isEqualTo("Y");
        assertThat(startAndReturn(answersOnly, T0).to.key()).as("answers count, edits were not shown to").isEqualTo("X");

        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().overall(1).build().withAnswerCap(5), T0);
        assertThat(schedule.learnEditsCount(T0)).as("news").isTrue();
        assertThat(schedule.learnEditsCount(T0)).as("known").isFalse();
        PendingCall<?> bulk = call("A");
        schedule.add(bulk, T0);
        schedule.add(edit("B"), T0 + MS);
        schedule.add(answer("C"), T0 + MS);
        assertThat(startAndReturn(schedule, T0 + MS).to.key()).as("the edit first").isEqualTo("B");
        assertThat(startAndReturn(schedule, T0 + 2 * MS).to.key()).as("answers were not shown to count").isEqualTo("C");
        assertThat(schedule.next(T0 + 3 * MS)).as("the edit took the window's slot").isNull();
        assertThat(startAndReturn(schedule, T0 + 1001 * MS)).isSameAs(bulk);

        LaneSchedule capped = new LaneSchedule(TestPaceLimits.open().build().withAnswerCap(1), T0);
        capped.add(edit("D"), T0);
        capped.add(answer("E"), T0);
        assertThat(startAndReturn(capped, T0).to.key()).isEqualTo("D");
        assertThat(capped.next(T0)).as("the operator's cap counts the edit").isNull();
        assertThat(capped.wakeAt(T0)).hasValue(T0 + 1000 * MS);
        assertThat(startAndReturn(capped, T0 + 1000 * MS).to.key()).isEqualTo("E");
    }

    @Test
    void bulkMessagesLeaveWorkersForAnswers() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().build(), 2, T0);
        for (int i = 0; i < 3; i++) {
            schedule.add(call("bulk" + i), T0);
        }
        PendingCall<?> first = schedule.next(T0);
        assertThat(schedule.next(T0)).isNotNull();
        assertThat(schedule.next(T0)).as("two bulk messages on their way: the third waits").isNull();
        schedule.add(answer("A"), T0);
        assertThat(schedule.next(T0).to.key()).isEqualTo("A");
        schedule.returned(first, true, T0 + MS);
        assertThat(schedule.next(T0 + MS).to.key()).isEqualTo("bulk2");
    }

    @Test
    void idleRecoveredLanesAreForgottenButNotThoseStillPaced() {
        LaneSchedule schedule = new LaneSchedule(TestPaceLimits.open().lane(1, 60_000).build(), T0);
        for (int i = 0; i < 100; i++) {
            schedule.add(call(String.valueOf(i)), T0);
            startAndReturn(schedule, T0);
        }
        schedule.next(T0 + LaneSchedule.PURGE_EVERY_NANOS);
        assertThat(schedule.laneCount()).as("their buckets are not full again yet").isEqualTo(100);
        schedule.next(T0 + 60_000 * MS);
        assertThat(schedule.laneCount()).isZero();
        assertThat(schedule.wakeAt(T0 + 60_000 * MS)).isEmpty();
    }
}
