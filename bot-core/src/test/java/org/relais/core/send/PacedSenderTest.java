package org.relais.core.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.relais.core.send.ScriptedPlatform.connectionRefused;
import static org.relais.core.send.ScriptedPlatform.refuse;
import static org.relais.core.send.ScriptedPlatform.then;
import static org.relais.core.send.ScriptedPlatform.tooManyRequests;
import static org.relais.core.send.ScriptedPlatform.waitIgnoringInterrupts;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.relais.core.send.ScriptedPlatform.Attempt;
import org.relais.core.send.ScriptedPlatform.Refusal;

/**
 * The neutral sender through its public API, on a scripted platform and its judge: what an adapter
 * (Slack's, Telegram's) relies on without any platform's types. Times are real; the limits are
 * shrunk so that each test takes a second or two.
 */
@Timeout(20)
class PacedSenderTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String THREADS = "relais-test-send-";

    private final ScriptedPlatform platform = new ScriptedPlatform();
    private final List<Lane> blocked = new CopyOnWriteArrayList<>();

    private PacedSender sender(TestPaceLimits limits) {
        return sender(limits, platform, PacedSender.DEFAULT_DRAIN, PacedSender.DEFAULT_WORKERS);
    }

    private PacedSender sender(TestPaceLimits limits, Judge judge, Duration drain, int workers) {
        return new PacedSender("Test", limits.build(), judge, blocked::add, drain, workers);
    }

    private CompletableFuture<String> submit(PacedSender sender, Lane lane, String text) {
        return sender.submit(lane, "post to lane " + lane.key(), platform.call(lane.key(), text));
    }

    /** A bulk message to a channel: every limit applies. */
    private static Lane channel(String key) {
        return new Lane(key, "channel", false, Traffic.BULK);
    }

    @AfterEach
    void noSenderThreadIsLeft() throws InterruptedException {
        for (Thread thread : senderThreads()) {
            thread.join(2000);
        }
        assertThat(senderThreads()).extracting(Thread::getName).isEmpty();
    }

    @Test
    void aLaneGetsItsBurstThenOneCallPerIntervalInOrder() {
        try (PacedSender sender = sender(TestPaceLimits.open().lane(2, 300))) {
            List<CompletableFuture<String>> sent = IntStream.range(0, 5)
                    .mapToObj(i -> submit(sender, channel("C1"), "m" + i)).collect(Collectors.toList());
            sent.forEach(future -> assertThat(future).succeedsWithin(WITHIN));
            assertThat(sent.get(4)).isCompletedWithValue("sent m4");
        }
        assertThat(platform.attemptsIn("C1")).extracting(Attempt::text).containsExactly("m0", "m1", "m2", "m3", "m4");
        List<Long> starts = platform.startsMillisIn("C1");
        assertThat(starts.subList(0, 2)).as("the burst goes at once").allMatch(ms -> ms < 150);
        for (int i = 2; i < 5; i++) {
            assertThat(starts.get(i)).as("call %d waits for its token", i + 1).isBetween((i - 1) * 300L - 50, (i - 1) * 300L + 300);
        }
    }

    @Test
    void startsAtMostTheOverallCapInAnyOneSecondAcrossLanes() {
        try (PacedSender sender = sender(TestPaceLimits.open().overall(5))) {
            List<CompletableFuture<String>> sent = IntStream.range(0, 12)
                    .mapToObj(i -> submit(sender, channel("C" + i), "hello")).collect(Collectors.toList());
            sent.forEach(future -> assertThat(future).succeedsWithin(WITHIN));
        }
        List<Attempt> attempts = platform.attempts();
        assertThat(attempts).hasSize(12);
        for (int i = 0; i + 5 < attempts.size(); i++) {
            long span = (attempts.get(i + 5).startNanos() - attempts.get(i).startNanos()) / 1_000_000;
            assertThat(span).as("6 starts (from call %d) span a full second", i).isGreaterThanOrEqualTo(980);
        }
        assertThat(attempts.get(4).startNanos() - attempts.get(0).startNanos()).as("the first five go at once")
                .isLessThan(300_000_000L);
    }

    @Test
    void aFloodIsWaitedOutThenTheSameCallIsMadeAgainAndArrivesOnceInItsPlace() {
        platform.script("C1", () -> { }, tooManyRequests(Duration.ofMillis(300)));
        try (PacedSender sender = sender(TestPaceLimits.open().lane(3, 1000))) {
            CompletableFuture<String> zero = submit(sender, channel("C1"), "zero");
            CompletableFuture<String> first = submit(sender, channel("C1"), "one");
            CompletableFuture<String> second = submit(sender, channel("C1"), "two");
            assertThat(zero).succeedsWithin(WITHIN);
            CompletableFuture<String> other = submit(sender, channel("C2"), "other");
            assertThat(other).as("C1 was in its burst: the 429 was its own, another lane is not paused")
                    .succeedsWithin(Duration.ofMillis(250));
            assertThat(first).isNotDone();
            assertThat(first).succeedsWithin(WITHIN).isEqualTo("sent one");
            assertThat(second).succeedsWithin(WITHIN).isEqualTo("sent two");
            assertThat(sender.stats()).isEqualTo(new SendStats(5, 4, 1, 0, 0, 0, 0));
        }
        List<Attempt> attempts = platform.attemptsIn("C1");
        assertThat(attempts).extracting(Attempt::text).containsExactly("zero", "one", "one", "two");
        assertThat(attempts).extracting(Attempt::delivered).containsExactly(true, false, true, true);
        long sinceFlood = platform.startsMillisIn("C1").get(2) - platform.startsMillisIn("C1").get(1);
        assertThat(sinceFlood).as("retried after the wait asked (300 ms) and the margin").isBetween(480L, 1000L);
    }

    @Test
    void aFloodNoChatsPaceExplainsPausesEveryMessageNotCallbackAnswers() throws Exception {
        platform.script("C1", tooManyRequests(Duration.ofMillis(600)));
        try (PacedSender sender = sender(TestPaceLimits.open().lane(3, 1000))) {
            CompletableFuture<String> first = submit(sender, new Lane("C1", "im", false), "one");
            Thread.sleep(100);
            long start = System.nanoTime();
            CompletableFuture<String> other = submit(sender, new Lane("C2", "im", false), "other");
            CompletableFuture<String> callback = submit(sender, Lane.unpaced("callback:1"), "ok");
            assertThat(callback).succeedsWithin(Duration.ofMillis(300));
            assertThat(other).succeedsWithin(WITHIN);
            assertThat((System.nanoTime() - start) / 1_000_000).as("C2 waited for the rest of the pause")
                    .isGreaterThanOrEqualTo(550L);
            assertThat(first).succeedsWithin(WITHIN).isEqualTo("sent one");
        }
    }

    @Test
    void aFailureOnTheWayIsRetriedWithBackoffThenGivenUpWithItsError() {
        platform.script("C1", connectionRefused(), connectionRefused());
        platform.script("C2", refuse(503), refuse(503), refuse(503));
        try (PacedSender sender = sender(TestPaceLimits.open().retries(3, 50))) {
            assertThat(submit(sender, channel("C1"), "hello")).succeedsWithin(WITHIN);
            assertThat(submit(sender, channel("C2"), "hello")).failsWithin(WITHIN).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code).isEqualTo(503));
            assertThat(sender.stats()).isEqualTo(new SendStats(6, 1, 0, 4, 1, 0, 0));
        }
        List<Long> starts = platform.startsMillisIn("C1");
        assertThat(starts).hasSize(3);
        assertThat(starts.get(1)).as("50 ms ± 20 %").isBetween(38L, 150L);
        assertThat(starts.get(2) - starts.get(1)).as("100 ms ± 20 %").isBetween(78L, 200L);
        assertThat(platform.attemptsIn("C2")).as("three attempts, no more").hasSize(3);
    }

    @Test
    void aLaneThatRefusesTheBotIsReportedOnceAndItsQueuedCallsFail() {
        CountDownLatch gate = new CountDownLatch(1);
        platform.script("C1", then(waitIgnoringInterrupts(gate), refuse(403)));
        try (PacedSender sender = sender(TestPaceLimits.open())) {
            Lane gone = new Lane("C1", "private channel", true);
            CompletableFuture<String> first = submit(sender, gone, "one");
            CompletableFuture<String> second = submit(sender, gone, "two");
            CompletableFuture<String> third = submit(sender, gone, "three");
            assertThat(submit(sender, channel("C2"), "hi")).succeedsWithin(WITHIN);
            gate.countDown();

            assertThat(first).failsWithin(WITHIN).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code).isEqualTo(403));
            for (CompletableFuture<String> dropped : List.of(second, third)) {
                assertThat(dropped).failsWithin(WITHIN).withThrowableThat().havingCause()
                        .isInstanceOf(SendAbortedException.class).havingCause().isInstanceOf(Refusal.class);
            }
            assertThat(blocked).as("the lane as it was submitted, kind included").containsExactly(gone);
            assertThat(sender.stats()).isEqualTo(new SendStats(2, 1, 0, 0, 3, 1, 0));
        }
        assertThat(platform.attemptsIn("C1")).hasSize(1);
    }

    @Test
    void aRejectionFailsAtOnceAndTheLaneGoesOn() {
        platform.script("C1", refuse(400));
        try (PacedSender sender = sender(TestPaceLimits.open())) {
            CompletableFuture<String> refused = submit(sender, channel("C1"), "bad");
            CompletableFuture<String> next = submit(sender, channel("C1"), "next");
            assertThat(refused).failsWithin(WITHIN).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code).isEqualTo(400));
            assertThat(next).succeedsWithin(WITHIN);
            assertThat(sender.stats()).isEqualTo(new SendStats(2, 1, 0, 0, 1, 0, 0));
        }
        assertThat(blocked).isEmpty();
    }

    @Test
    void aJudgeThatFailsRejectsTheCallWithItsOwnFailureAndTheWorkerLivesOn() {
        platform.script("C1", connectionRefused());
        Judge broken = failure -> {
            throw new IllegalStateException("a bug in the judge");
        };
        try (PacedSender sender = sender(TestPaceLimits.open(), broken, PacedSender.DEFAULT_DRAIN, 1)) {
            assertThat(submit(sender, channel("C1"), "one")).failsWithin(WITHIN).withThrowableThat().havingCause()
                    .isInstanceOf(IOException.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(IllegalStateException.class));
            assertThat(submit(sender, channel("C1"), "two")).succeedsWithin(WITHIN);
        }
    }

    @Test
    void unpacedCallsAreNotHeldBackByALanesPaceNorByTheOverallCap() throws Exception {
        try (PacedSender sender = sender(TestPaceLimits.open().overall(1).lane(1, 1000))) {
            List<CompletableFuture<String>> messages = List.of(submit(sender, channel("C1"), "m0"),
                    submit(sender, channel("C1"), "m1"));
            long start = System.nanoTime();
            List<CompletableFuture<String>> answers = IntStream.range(0, 5)
                    .mapToObj(i -> submit(sender, Lane.unpaced("answer-" + i), "a" + i)).collect(Collectors.toList());
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat((System.nanoTime() - start) / 1_000_000).as("answers while the lane waits out its pace").isLessThan(600);
            assertThat(messages.get(1)).isNotDone();
            assertThat(messages.get(1)).succeedsWithin(WITHIN);
        }
    }

    @Test
    void closeDrainsForTheDrainTimeThenFailsWhatIsLeftAndStopsItsDaemonThreads() {
        PacedSender sender = sender(TestPaceLimits.open().lane(1, 1000), platform, Duration.ofMillis(300), 2);
        assertThat(senderThreads()).extracting(Thread::getName)
                .allMatch(name -> name.matches("relais-test-send-\\d+-(worker-[12]|unpaced-[12])")).hasSize(4);
        assertThat(senderThreads()).allMatch(Thread::isDaemon);
        List<CompletableFuture<String>> queued = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            queued.add(submit(sender, channel("C1"), "m" + i));
        }
        assertThat(queued.get(0)).succeedsWithin(WITHIN);

        assertThat(millisToClose(sender)).as("the drain bound, not the queue's ~3 s").isBetween(250L, 900L);
        for (CompletableFuture<String> left : queued.subList(1, 4)) {
            assertThat(left).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(SendAbortedException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
        }
        assertThat(submit(sender, channel("C1"), "late")).failsWithin(WITHIN).withThrowableThat().havingCause()
                .isInstanceOf(SendAbortedException.class);
        assertThat(senderThreads()).isEmpty();
        sender.close(); // idempotent
    }

    @Test
    void closeGivesUpOnACallStuckOnTheWayAndCountsItOnce() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        platform.script("C1", waitIgnoringInterrupts(gate));
        PacedSender sender = sender(TestPaceLimits.open(), platform, Duration.ofMillis(200), 1);
        CompletableFuture<String> stuck = submit(sender, channel("C1"), "stuck");

        assertThat(millisToClose(sender)).as("drain + two join graces at most").isLessThan(200 + 2 * 250 + 300);
        assertThat(stuck).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(SendAbortedException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        List<Thread> left = senderThreads();
        assertThat(left).as("still in the call, but a daemon: the JVM can exit").singleElement().matches(Thread::isDaemon);
        gate.countDown();
        left.get(0).join(2000);
        assertThat(sender.stats()).as("the late delivery does not count twice").isEqualTo(new SendStats(1, 0, 0, 0, 1, 0, 0));
    }

    @Test
    void refusesAMissingPlatformNameOrNoWorkers() {
        assertThatThrownBy(() -> new PacedSender(" ", TestPaceLimits.open().build(), platform, lane -> { }, Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PacedSender("Test", TestPaceLimits.open().build(), platform, lane -> { }, Duration.ZERO, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long millisToClose(PacedSender sender) {
        long start = System.nanoTime();
        sender.close();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<Thread> senderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith(THREADS))
                .collect(Collectors.toList());
    }
}
