package org.relais.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Failures and delays on demand, flood control, and a clean shutdown. */
class FakeTelegramFaultsTest {

    private static SendMessage text(long chatId) {
        return SendMessage.builder().chatId(chatId).text("hello").build();
    }

    /** Sends a message to each chat given (in turn), collecting the 429s' retry_after. */
    private static List<Integer> send(TelegramClient client, long... chats) throws TelegramApiException {
        List<Integer> retryAfters = new ArrayList<>();
        for (long chat : chats) {
            try {
                client.execute(text(chat));
            } catch (TelegramApiRequestException e) {
                assertThat(e.getErrorCode()).isEqualTo(429);
                retryAfters.add(e.getParameters().getRetryAfter());
            }
        }
        return retryAfters;
    }

    @Test
    void failNextGivesTheErrorsAskedForThenWorksAgain() throws TelegramApiException {
        try (FakeTelegram fake = FakeTelegram.start(); FakeTelegramClient clients = new FakeTelegramClient(fake)) {
            TelegramClient client = clients.client();
            fake.failNext("sendMessage", 429, 7);
            fake.failNext("SENDMESSAGE", 2, 403, null);
            fake.failNext("*", 500, null);

            var flood = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(text(1)));
            var blocked = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(text(1)));
            var blockedAgain = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(text(1)));
            var internal = catchThrowableOfType(TelegramApiRequestException.class,
                    () -> client.execute(new GetMe()));
            client.execute(text(1));

            assertThat(flood.getErrorCode()).isEqualTo(429);
            assertThat(flood.getParameters().getRetryAfter()).isEqualTo(7);
            assertThat(flood.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
            assertThat(blocked.getErrorCode()).isEqualTo(403);
            assertThat(blocked.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
            assertThat(blockedAgain.getErrorCode()).isEqualTo(403);
            assertThat(internal.getErrorCode()).isEqualTo(500);
            assertThat(fake.messages(1)).hasSize(1);
            assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
            assertThat(fake.rejections()).extracting(Rejection::kind).containsOnly(Rejection.Kind.INJECTED);
        }
    }

    @Test
    void aDelayedCallTimesTheClientOutButIsStillHandled() throws TelegramApiException {
        try (FakeTelegram fake = FakeTelegram.start();
                FakeTelegramClient impatient = new FakeTelegramClient(fake, Duration.ofMillis(300))) {
            fake.delayNext("sendMessage", Duration.ofMillis(800));

            var timeout = catchThrowableOfType(TelegramApiException.class, () -> impatient.client().execute(text(4)));
            SentMessage late = fake.awaitMessage(4, "hello"::equals, Duration.ofSeconds(2));
            impatient.client().execute(new GetMe());

            assertThat(timeout).isNotInstanceOf(TelegramApiRequestException.class);
            assertThat(late.messageId()).isEqualTo(1);
        }
    }

    @Test
    void floodControlAllowsThirtyCallsASecondOverall() throws TelegramApiException {
        try (FakeTelegram fake = FakeTelegram.builder().floodControl(FloodRules.telegram()).start();
                FakeTelegramClient clients = new FakeTelegramClient(fake)) {
            for (int i = 0; i < 5; i++) {
                clients.client().execute(new GetMe()); // warm up: the 40 sends below should take well under 1 s
            }
            long start = System.nanoTime();
            List<Integer> retryAfters = send(clients.client(), chats(40));
            boolean withinASecond = System.nanoTime() - start < 1_000_000_000L;

            if (withinASecond) { // else the window slid during the run, and fewer were refused
                assertThat(retryAfters).hasSize(10);
            }
            assertThat(retryAfters).containsOnly(1);
            assertThat(fake.tooManyRequestsGiven()).isEqualTo(retryAfters.size());
            assertThat(fake.rejections()).extracting(Rejection::kind).containsOnly(Rejection.Kind.FLOOD_CONTROL);
        }
    }

    @Test
    void theOverallWindowCanBeWidenedForADeterministicCount() throws TelegramApiException {
        FloodRules tenSeconds = new FloodRules(30, Duration.ofSeconds(10), 3, Duration.ofSeconds(1), 20,
                Duration.ofSeconds(60));
        try (FakeTelegram fake = FakeTelegram.builder().floodControl(tenSeconds).start();
                FakeTelegramClient clients = new FakeTelegramClient(fake)) {
            List<Integer> retryAfters = send(clients.client(), chats(35));

            assertThat(retryAfters).hasSize(5).allSatisfy(seconds -> assertThat(seconds).isBetween(1, 10));
            assertThat(fake.tooManyRequestsGiven()).isEqualTo(5);
        }
    }

    private static long[] chats(int count) {
        long[] chats = new long[count];
        for (int i = 0; i < count; i++) {
            chats[i] = 1000 + i;
        }
        return chats;
    }

    @Test
    void floodControlKeepsABucketPerChatAndAWindowPerGroup() throws TelegramApiException {
        FloodRules rules = FloodRules.telegram().withChatBucket(3, Duration.ofSeconds(1));
        try (FakeTelegram fake = FakeTelegram.builder().floodControl(rules).start();
                FakeTelegramClient clients = new FakeTelegramClient(fake)) {
            assertThat(send(clients.client(), 7, 7, 7, 7)).containsExactly(1);

            fake.floodControl(FloodRules.telegram().withChatBucket(100, Duration.ofMillis(1))
                    .withGroupWindow(Duration.ofSeconds(3)));
            fake.declareChat(55, "channel");
            long[] group = new long[21];
            Arrays.fill(group, 55);
            List<Integer> retryAfters = send(clients.client(), group);

            assertThat(retryAfters).singleElement().satisfies(seconds -> assertThat(seconds).isBetween(1, 3));
            assertThat(fake.messages(55)).hasSize(20);
            assertThat(fake.tooManyRequestsGiven()).isEqualTo(2);
        }
    }

    @Test
    void closeLeavesNoThreadOfItsOwnNorAnyNonDaemonThread() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        FakeTelegram fake = FakeTelegram.start();
        FakeTelegramClient clients = new FakeTelegramClient(fake);
        clients.client().execute(text(1));
        var polling = clients.client().executeAsync(GetUpdates.builder().timeout(30).build());
        Thread.sleep(100);

        Set<Thread> running = threadsOfTheFake();
        fake.close();
        clients.close();
        polling.handle((result, error) -> null).get();

        assertThat(running).isNotEmpty().allSatisfy(thread -> assertThat(thread.isDaemon()).as(thread.getName())
                .isTrue());
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!threadsOfTheFake().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(threadsOfTheFake()).isEmpty();
        Set<String> newNonDaemon = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && !before.contains(t))
                .map(Thread::getName)
                .collect(Collectors.toSet());
        assertThat(newNonDaemon).isEmpty();
    }

    private static Set<Thread> threadsOfTheFake() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive()
                        && (t.getName().startsWith("fake-telegram-") || t.getName().equals("HTTP-Dispatcher")))
                .collect(Collectors.toSet());
    }
}
