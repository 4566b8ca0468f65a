package org.relais.telegram.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.telegram.send.ScriptedApi.connectionRefused;
import static org.relais.telegram.send.ScriptedApi.error;
import static org.relais.telegram.send.ScriptedApi.message;
import static org.relais.telegram.send.ScriptedApi.startsMillis;
import static org.relais.telegram.send.ScriptedApi.then;
import static org.relais.telegram.send.ScriptedApi.tooManyRequests;
import static org.relais.telegram.send.ScriptedApi.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.relais.core.send.SendAbortedException;
import org.relais.core.send.SendStats;
import org.relais.telegram.ChatKind;
import org.relais.telegram.send.ScriptedApi.Call;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** What the sender does with each kind of answer: 429, 5xx, failures on the way, 403, 400. */
@Timeout(15)
class TelegramSenderAnswersTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final ScriptedApi api = new ScriptedApi();
    private final List<String> blocked = new CopyOnWriteArrayList<>();

    private TelegramSender sender(TestLimits limits) {
        return new TelegramSender(api, limits.build(), to -> blocked.add(to.chatId()));
    }

    @Test
    void a429ToAChatInItsBurstPausesTheChatThenTheSameCallArrivesOnceAndInItsPlace() {
        api.script("51", method -> { }, tooManyRequests(1));
        try (TelegramSender sender = sender(TestLimits.open().chat(3, 1000))) {
            CompletableFuture<Message> zero = sender.submit(new Destination("51", ChatKind.PRIVATE), message("51", "zero"));
            CompletableFuture<Message> first = sender.submit(new Destination("51", ChatKind.PRIVATE), message("51", "one"));
            CompletableFuture<Message> second = sender.submit(new Destination("51", ChatKind.PRIVATE), message("51", "two"));
            assertThat(zero).succeedsWithin(WITHIN);
            CompletableFuture<Message> other = sender.submit(new Destination("52", ChatKind.PRIVATE), message("52", "other"));
            assertThat(other).as("the chat's burst explains the 429: another chat is not paused")
                    .succeedsWithin(Duration.ofMillis(500));
            assertThat(first).isNotDone();
            assertThat(first).succeedsWithin(WITHIN).satisfies(sent -> assertThat(sent.getMessageId()).isPositive());
            assertThat(second).succeedsWithin(WITHIN);
            assertThat(sender.stats()).isEqualTo(new SendStats(5, 4, 1, 0, 0, 0, 0));
        }
        List<Call> calls = api.callsTo("51");
        assertThat(calls).extracting(Call::text).containsExactly("zero", "one", "one", "two");
        assertThat(calls).extracting(Call::delivered).containsExactly(true, false, true, true);
        assertThat(calls.get(2).startNanos() - calls.get(1).startNanos()).as("retried after retry_after (1 s) and the margin")
                .isBetween(1_000_000_000L, 1_600_000_000L);
    }

    @Test
    void a429NoChatsPaceExplainsPausesEveryChat() throws InterruptedException {
        api.script("51", tooManyRequests(1));
        try (TelegramSender sender = sender(TestLimits.open().chat(3, 1000))) {
            CompletableFuture<Message> first = sender.submit(new Destination("51", ChatKind.PRIVATE), message("51", "one"));
            Thread.sleep(200); // the 429 has come back
            CompletableFuture<Message> other = sender.submit(new Destination("52", ChatKind.PRIVATE), message("52", "other"));
            assertThat(first).succeedsWithin(WITHIN);
            assertThat(other).succeedsWithin(WITHIN);
        }
        long otherStart = api.callsTo("52").get(0).startNanos();
        long floodAt = api.callsTo("51").get(0).startNanos();
        assertThat(otherStart - floodAt).as("52 waited out the whole bot's pause").isGreaterThanOrEqualTo(1_000_000_000L);
    }

    @Test
    void aServerErrorIsRetriedWithDoublingBackoff() {
        api.script("61", error(500, "Internal Server Error"), error(502, "Bad Gateway"));
        try (TelegramSender sender = sender(TestLimits.open().retries(5, 100))) {
            assertThat(sender.submit(new Destination("61", ChatKind.PRIVATE), message("61", "hello"))).succeedsWithin(WITHIN);
            assertThat(sender.stats().retries()).isEqualTo(2);
            assertThat(sender.stats().delivered()).isEqualTo(1);
        }
        List<Long> starts = startsMillis(api.callsTo("61"));
        assertThat(starts).hasSize(3);
        long firstWait = starts.get(1) - starts.get(0);
        long secondWait = starts.get(2) - starts.get(1);
        assertThat(firstWait).as("100 ms ± 20 %").isBetween(78L, 170L);
        assertThat(secondWait).as("200 ms ± 20 %").isBetween(158L, 290L);
    }

    @Test
    void aServerErrorThatLastsFailsAfterMaxAttemptsWithOneWarningThatNamesNoText() {
        api.script("62", error(502, "Bad Gateway"), error(502, "Bad Gateway"), error(502, "Bad Gateway"),
                error(502, "Bad Gateway"));
        try (LogCapture logs = new LogCapture(); TelegramSender sender = sender(TestLimits.open().retries(3, 20))) {
            CompletableFuture<Message> future = sender.submit(new Destination("62", ChatKind.PRIVATE),
                    message("62", "Marie's private words"));
            assertThat(future).failsWithin(WITHIN).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(TelegramApiRequestException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(502));
            assertThat(api.callsTo("62")).hasSize(3);
            assertThat(logs.warnings()).singleElement().asString()
                    .contains("sendmessage", "62", "attempt 3", "502").doesNotContain("Marie");
            assertThat(sender.stats().failed()).isEqualTo(1);
        }
    }

    @Test
    void aFailureOnTheWayWithoutAnErrorCodeIsRetried() {
        api.script("71", connectionRefused(), connectionRefused());
        try (TelegramSender sender = sender(TestLimits.open().retries(5, 20))) {
            assertThat(sender.submit(new Destination("71", ChatKind.PRIVATE), message("71", "hello"))).succeedsWithin(WITHIN);
            assertThat(sender.stats().retries()).isEqualTo(2);
        }
        assertThat(api.callsTo("71")).extracting(Call::delivered).containsExactly(false, false, true);
    }

    @Test
    void a403ReportsTheChatOnceFailsItsQueuedCallsAndLeavesOtherChatsAlone() {
        CountDownLatch gate = new CountDownLatch(1);
        api.script("81", then(waitFor(gate), error(403, "Forbidden: bot was blocked by the user")));
        try (TelegramSender sender = sender(TestLimits.open())) {
            Destination gone = new Destination("81", ChatKind.PRIVATE);
            CompletableFuture<Message> first = sender.submit(gone, message("81", "one"));
            CompletableFuture<Message> second = sender.submit(gone, message("81", "two"));
            CompletableFuture<Message> third = sender.submit(gone, message("81", "three"));
            CompletableFuture<Message> other = sender.submit(new Destination("82", ChatKind.PRIVATE), message("82", "hi"));
            assertThat(other).succeedsWithin(WITHIN);
            gate.countDown();

            assertThat(first).failsWithin(WITHIN).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(403));
            for (CompletableFuture<Message> dropped : List.of(second, third)) {
                assertThat(dropped).failsWithin(WITHIN).withThrowableThat().havingCause()
                        .isInstanceOf(SendAbortedException.class).havingCause().isInstanceOf(TelegramApiRequestException.class);
            }
            assertThat(blocked).containsExactly("81");
            assertThat(sender.stats()).isEqualTo(new SendStats(2, 1, 0, 0, 3, 1, 0));
        }
        assertThat(api.callsTo("81")).as("no retry, nothing more to that chat").hasSize(1);
    }

    @Test
    void a400FailsAtOnceWithTelegramsExceptionAndTheChatGoesOn() {
        api.script("91", error(400, "Bad Request: message is not modified"));
        try (TelegramSender sender = sender(TestLimits.open())) {
            CompletableFuture<Message> edit = sender.submit(new Destination("91", ChatKind.PRIVATE), message("91", "same"));
            CompletableFuture<Message> next = sender.submit(new Destination("91", ChatKind.PRIVATE), message("91", "next"));
            assertThat(edit).failsWithin(WITHIN).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(TelegramApiRequestException.class, e -> {
                        assertThat(e.getErrorCode()).isEqualTo(400);
                        assertThat(e.getApiResponse()).contains("message is not modified");
                    });
            assertThat(next).succeedsWithin(WITHIN);
            assertThat(sender.stats()).isEqualTo(new SendStats(2, 1, 0, 0, 1, 0, 0));
        }
        assertThat(api.callsTo("91")).extracting(Call::text).containsExactly("same", "next");
        assertThat(blocked).isEmpty();
    }

    @Test
    void anEditThatChangesNothingFailsWithoutAWarningOtherRefusalsWarn() {
        api.script("92", error(400, "Bad Request: message is not modified"), error(400, "Bad Request: chat not found"));
        try (LogCapture logs = new LogCapture(); TelegramSender sender = sender(TestLimits.open())) {
            Destination chat = new Destination("92", ChatKind.PRIVATE);
            assertThat(sender.submit(chat, message("92", "same"))).failsWithin(WITHIN);
            assertThat(sender.submit(chat, message("92", "lost"))).failsWithin(WITHIN);
            assertThat(logs.warnings()).singleElement().asString()
                    .contains("Telegram refused sendmessage to chat 92", "error 400", "chat not found").doesNotContain("lost");
        }
    }

    @Test
    void aBugInTheApiIsNotRetried() {
        api.script("95", method -> {
            throw new IllegalStateException("a bug, not the network");
        });
        try (TelegramSender sender = sender(TestLimits.open())) {
            assertThat(sender.submit(new Destination("95", ChatKind.PRIVATE), message("95", "x"))).failsWithin(WITHIN)
                    .withThrowableThat().havingCause().isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(TelegramApiException.class);
        }
        assertThat(api.callsTo("95")).hasSize(1);
    }
}
