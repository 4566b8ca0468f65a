package org.relais.telegram.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.telegram.send.ScriptedApi.message;
import static org.relais.telegram.send.ScriptedApi.waitFor;
import static org.relais.telegram.send.ScriptedApi.waitIgnoringInterrupts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.relais.core.send.PacedSender;
import org.relais.core.send.SendAbortedException;
import org.relais.core.send.SendStats;
import org.relais.telegram.ChatKind;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** close(): a bounded drain, then nothing accepted, nothing left running (the JVM must exit on SIGTERM). */
@Timeout(15)
class TelegramSenderCloseTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final Destination CHAT = new Destination("501", ChatKind.PRIVATE);

    private final ScriptedApi api = new ScriptedApi();

    @AfterEach
    void noSenderThreadIsLeft() throws InterruptedException {
        for (Thread thread : senderThreads()) {
            thread.join(2000); // a test that opened a gate late: its worker is on its way out
        }
        assertThat(senderThreads()).extracting(Thread::getName).isEmpty();
    }

    @Test
    void drainsQueuedCallsThenRefusesNewOnesAndStopsItsDaemonThreads() {
        TelegramSender sender = new TelegramSender(api, TestLimits.open().chat(1, 200).build(), id -> {});
        assertThat(senderThreads()).hasSize(TelegramSender.DEFAULT_WORKERS + PacedSender.UNPACED_WORKERS).allMatch(Thread::isDaemon);
        List<CompletableFuture<Message>> queued = submit(sender, 5);

        long start = System.nanoTime();
        sender.close();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(tookMillis).as("waited for the queue, ~800 ms").isBetween(600L, 2000L);
        queued.forEach(future -> assertThat(future).isCompleted().isNotCompletedExceptionally());
        assertThat(sender.submit(CHAT, message("501", "late"))).failsWithin(WITHIN).withThrowableThat().havingCause()
                .isInstanceOf(SendAbortedException.class);
        assertThat(senderThreads()).isEmpty();
        assertThat(sender.stats()).isEqualTo(new SendStats(5, 5, 0, 0, 0, 0, 0));
        sender.close(); // idempotent
    }

    @Test
    void failsWhatIsStillQueuedWhenTheDrainTimeRunsOut() {
        TelegramSender sender = new TelegramSender(api, TestLimits.open().chat(1, 1000).build(), id -> {},
                Duration.ofMillis(300), 2);
        List<CompletableFuture<Message>> queued = submit(sender, 4);
        assertThat(queued.get(0)).succeedsWithin(WITHIN);

        long start = System.nanoTime();
        sender.close();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(tookMillis).as("the drain bound, not the queue's ~3 s").isBetween(250L, 900L);
        for (CompletableFuture<Message> left : queued.subList(1, 4)) {
            assertThat(left).isCompletedExceptionally();
            assertThat(left).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(SendAbortedException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
        }
        assertThat(api.callsTo("501")).hasSize(1);
        assertThat(senderThreads()).isEmpty();
    }

    @Test
    void interruptsACallStuckOnTheNetwork() {
        api.script("501", waitFor(new CountDownLatch(1)));
        TelegramSender sender = new TelegramSender(api, TestLimits.open().build(), id -> {}, Duration.ofMillis(200), 4);
        CompletableFuture<Message> stuck = sender.submit(CHAT, message("501", "stuck"));

        long start = System.nanoTime();
        sender.close();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(tookMillis).as("drain + two join graces at most").isLessThan(200 + 2 * 250 + 300);
        assertThat(stuck).isCompletedExceptionally();
        assertThat(senderThreads()).isEmpty();
    }

    @Test
    void givesUpOnACallThatIgnoresInterruptsAndCountsItOnceWhenItComesBack() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        api.script("501", waitIgnoringInterrupts(gate));
        TelegramSender sender = new TelegramSender(api, TestLimits.open().build(), id -> {}, Duration.ofMillis(200), 1);
        CompletableFuture<Message> stuck = sender.submit(CHAT, message("501", "stuck"));

        sender.close();

        assertThat(stuck).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOfSatisfying(SendAbortedException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        List<Thread> left = senderThreads();
        assertThat(left).as("still in the call, but a daemon: the JVM can exit").singleElement()
                .matches(Thread::isDaemon);
        gate.countDown();
        left.get(0).join(2000);
        assertThat(left.get(0).isAlive()).isFalse();
        assertThat(sender.stats()).as("the late delivery does not count twice")
                .isEqualTo(new SendStats(1, 0, 0, 0, 1, 0, 0));
    }

    private static List<CompletableFuture<Message>> submit(TelegramSender sender, int count) {
        List<CompletableFuture<Message>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(sender.submit(CHAT, message("501", "m" + i)));
        }
        return futures;
    }

    private static List<Thread> senderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("relais-telegram-send"))
                .collect(Collectors.toList());
    }
}
