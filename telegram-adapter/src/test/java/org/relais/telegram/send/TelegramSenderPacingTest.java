package org.relais.telegram.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.telegram.send.ScriptedApi.message;
import static org.relais.telegram.send.ScriptedApi.startsMillis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.relais.core.send.Traffic;
import org.relais.telegram.ChatKind;
import org.relais.telegram.send.ScriptedApi.Call;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** The three limits and the ordering, observed on the times a scripted Bot API saw calls start. */
@Timeout(15)
class TelegramSenderPacingTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final ScriptedApi api = new ScriptedApi();

    @Test
    void keepsEachChatsOrderOneCallAtATimeWhileChatsInterleave() throws Exception {
        api.delay(Duration.ofMillis(2));
        List<String> chats = List.of("11", "12", "13", "14");
        ExecutorService submitters = Executors.newFixedThreadPool(chats.size());
        try (TelegramSender sender = new TelegramSender(api, TestLimits.open().build(), id -> {})) {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<List<CompletableFuture<Message>>>> submitted = chats.stream()
                    .map(chat -> CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return IntStream.range(0, 40)
                                .mapToObj(i -> sender.submit(new Destination(chat, ChatKind.PRIVATE), message(chat, "m" + i)))
                                .collect(Collectors.toList());
                    }, submitters))
                    .collect(Collectors.toList());
            go.countDown();
            for (CompletableFuture<List<CompletableFuture<Message>>> futures : submitted) {
                futures.get(5, TimeUnit.SECONDS).forEach(future -> assertThat(future).succeedsWithin(WITHIN));
            }
        } finally {
            submitters.shutdownNow();
        }
        List<String> expected = IntStream.range(0, 40).mapToObj(i -> "m" + i).collect(Collectors.toList());
        for (String chat : chats) {
            List<Call> calls = api.callsTo(chat);
            assertThat(calls).extracting(Call::text).containsExactlyElementsOf(expected);
            for (int i = 1; i < calls.size(); i++) {
                assertThat(calls.get(i).startNanos()).as("a chat's next call starts after the previous one ended")
                        .isGreaterThanOrEqualTo(calls.get(i - 1).endNanos());
            }
        }
        assertThat(api.maxInFlightOneChat()).isEqualTo(1);
        assertThat(api.maxInFlight()).as("different chats are called in parallel").isGreaterThan(1);
        List<String> firstTwenty = api.calls().subList(0, 20).stream().map(Call::chatId).distinct().collect(Collectors.toList());
        assertThat(firstTwenty).as("chats interleave rather than one after the other").hasSizeGreaterThan(1);
    }

    /** One answer each to {@code people} private chats, all delivered. */
    private void answerPeople(FloodLimits limits, int people) {
        try (TelegramSender sender = new TelegramSender(api, limits, id -> {})) {
            List<CompletableFuture<?>> futures = IntStream.range(0, people)
                    .mapToObj(i -> sender.submit(new Destination(String.valueOf(1000 + i), ChatKind.PRIVATE),
                            message(String.valueOf(1000 + i), "hello")))
                    .collect(Collectors.toList());
            futures.forEach(future -> assertThat(future).succeedsWithin(WITHIN));
        }
    }

    @Test
    void answersToNinetyPeopleGoAtOnceNotHeldToTheBulkRate() {
        answerPeople(FloodLimits.telegram(), 90);
        assertThat(startsMillis(api.calls()).get(89)).as("90 answers, no bulk window: well within a second").isLessThan(900);
    }

    @Test
    void anOperatorsAnswerCapHoldsAnswersToIt() {
        answerPeople(FloodLimits.telegram().withRates(30, 20), 41);
        assertThat(startsMillis(api.calls()).get(40)).as("41 answers at 20/s: two seconds at least").isGreaterThanOrEqualTo(1950);
    }

    @Test
    void startsAtMostThirtyBulkMessagesInAnyOneSecondAcrossChats() {
        try (TelegramSender sender = new TelegramSender(api, FloodLimits.telegram(), id -> {})) {
            List<CompletableFuture<?>> futures = IntStream.range(0, 90)
                    .mapToObj(i -> sender.submit(new Destination(String.valueOf(1000 + i), ChatKind.PRIVATE, Traffic.BULK),
                            message(String.valueOf(1000 + i), "hello")))
                    .collect(Collectors.toList());
            futures.forEach(future -> assertThat(future).succeedsWithin(WITHIN));
            assertThat(sender.stats().calls()).isEqualTo(90);
        }
        List<Call> calls = api.calls();
        assertThat(calls).hasSize(90);
        List<Long> starts = startsMillis(calls);
        assertThat(starts.get(89)).as("90 bulk messages at 30/s take two seconds at least").isGreaterThanOrEqualTo(1950);
        for (int i = 0; i + 30 < calls.size(); i++) {
            long span = (calls.get(i + 30).startNanos() - calls.get(i).startNanos()) / 1_000_000;
            assertThat(span).as("31 starts (from call %d) span a full second", i).isGreaterThanOrEqualTo(990);
        }
        assertThat(starts.subList(0, 30)).as("the first thirty go at once").allMatch(ms -> ms < 300);
    }

    @Test
    void privateChatGetsItsBurstThenOneCallPerInterval() {
        try (TelegramSender sender = new TelegramSender(api, TestLimits.open().chat(3, 300).build(), id -> {})) {
            submitAndAwait(sender, new Destination("21", ChatKind.PRIVATE), 6);
        }
        List<Long> starts = startsMillis(api.callsTo("21"));
        assertThat(starts.subList(0, 3)).as("the burst goes at once").allMatch(ms -> ms < 100);
        for (int i = 3; i < 6; i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            assertThat(gap).as("call %d waits for a token", i + 1).isBetween(i == 3 ? 200L : 280L, 450L);
        }
        assertThat(starts.get(5)).isBetween(880L, 1150L);
    }

    @Test
    void groupsAndChannelsGetAtMostTheirWindowsWorthButPrivateChatsDoNot() {
        try (TelegramSender sender = new TelegramSender(api, TestLimits.open().group(3, 1000).build(), id -> {})) {
            List<CompletableFuture<?>> futures = new ArrayList<>();
            futures.addAll(submit(sender, new Destination("-31", ChatKind.GROUP), 4));
            futures.addAll(submit(sender, new Destination("-32", ChatKind.CHANNEL), 4));
            futures.addAll(submit(sender, new Destination("33", ChatKind.PRIVATE), 4));
            futures.forEach(future -> assertThat(future).succeedsWithin(WITHIN));
        }
        for (String group : List.of("-31", "-32")) {
            List<Long> starts = startsMillis(api.callsTo(group));
            assertThat(starts.subList(0, 3)).allMatch(ms -> ms < 100);
            assertThat(starts.get(3)).as("the fourth message to %s waits for the window", group).isBetween(990L, 1300L);
        }
        assertThat(startsMillis(api.callsTo("33"))).as("no group window for a private chat").allMatch(ms -> ms < 100);
    }

    @Test
    void aChatWaitingForItsLimitDoesNotHoldBackAnotherEvenWithOneWorker() {
        FloodLimits limits = TestLimits.open().chat(1, 1000).build();
        try (TelegramSender sender = new TelegramSender(api, limits, id -> {}, Duration.ofSeconds(3), 1)) {
            Destination slow = new Destination("41", ChatKind.PRIVATE);
            assertThat(sender.submit(slow, message("41", "first"))).succeedsWithin(WITHIN);
            CompletableFuture<?> waiting = sender.submit(slow, message("41", "second"));
            CompletableFuture<?> other = sender.submit(new Destination("42", ChatKind.PRIVATE), message("42", "other"));
            assertThat(other).succeedsWithin(Duration.ofMillis(300));
            assertThat(waiting).as("still waiting for its token").isNotDone();
            assertThat(waiting).succeedsWithin(WITHIN);
        }
        List<Long> starts = startsMillis(api.calls());
        assertThat(api.calls()).extracting(Call::text).containsExactly("first", "other", "second");
        assertThat(starts.get(1)).isLessThan(300);
        assertThat(starts.get(2)).isGreaterThanOrEqualTo(990);
    }

    private static void submitAndAwait(TelegramSender sender, Destination to, int count) {
        submit(sender, to, count).forEach(future -> assertThat(future).succeedsWithin(WITHIN));
    }

    private static List<CompletableFuture<?>> submit(TelegramSender sender, Destination to, int count) {
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(sender.submit(to, message(to.chatId(), "m" + i)));
        }
        return futures;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void callsThatAreNotMessagesAreNotHeldBackByAChatsPace() throws Exception {
        try (TelegramSender sender = new TelegramSender(api, TestLimits.open().chat(1, 1000).build(), id -> {})) {
            java.util.List<java.util.concurrent.CompletableFuture<?>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(sender.submit(new Destination("7", org.relais.telegram.ChatKind.PRIVATE), message("7", "m" + i)));
            }
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                sent.add(sender.submit(Destination.unpaced("answer-" + i), message("7", "a" + i)));
            }
            java.util.concurrent.CompletableFuture.allOf(sent.subList(3, 8).toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat((System.nanoTime() - start) / 1_000_000).as("answers while the chat waits out its pace").isLessThan(800);
        }
    }
}
