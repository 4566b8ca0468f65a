package org.relais.telegram.bench;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.testing.TestCampaigns;
import org.relais.telegram.ChatKind;
import org.relais.telegram.OkHttpTelegramApi;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramSettings;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.FloodRules;
import org.relais.telegram.send.Destination;
import org.relais.telegram.send.FloodLimits;
import org.relais.telegram.send.TelegramSender;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Telegram figures (a benchmark, not a test; run with {@code ./mvnw -B -q -Pbench -pl telegram-adapter -am verify
 * -DskipTests}):
 * <ol>
 *   <li>updates handled per second end to end (fake Bot API → long polling → engine → sender → fake), with the
 *       flood limits lifted so that the adapter and the engine are what is measured;</li>
 *   <li>the sender's pacing with Telegram's limits: N messages to N chats against a fake that answers 429 past 30 a
 *       second, the time taken against the N/30 s floor (the ratio; below 1 because the first 30 leave at once),
 *       and the 429s received (the target is 0).</li>
 * </ol>
 */
public final class TelegramBenchmark {
    private TelegramBenchmark() {}

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int chats = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf("Telegram benchmark — %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        updatesPerSecond(updates);
        pacing(chats);
    }

    private static void updatesPerSecond(int count) throws Exception {
        try (FakeTelegram fake = FakeTelegram.builder().longPollCap(Duration.ofMillis(200)).start()) {
            Engine engine = new Engine(RelaisDialog.create(), new InMemoryStore(), TestCampaigns::standard, Clock.systemUTC(),
                    Language.FR);
            FloodLimits unlimited = new FloodLimits(100_000, 100_000, Duration.ofMillis(1), 100_000, 5, Duration.ofMillis(100));
            TelegramBot bot = TelegramBot.start(new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.empty(),
                    Optional.empty()), engine, unlimited);
            try {
                run(fake, 200, 0);
                long start = System.nanoTime();
                run(fake, count, 1_000_000);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  updates handled end to end (/start → menu sent): %,d in %.2f s = %,.0f updates/s%n",
                        count, seconds, count / seconds);
            } finally {
                bot.close();
            }
        }
    }

    /** {@code count} people each send /start; waits until each got its menu. */
    private static void run(FakeTelegram fake, int count, long firstUser) throws InterruptedException {
        int before = fake.calls("sendMessage").size();
        for (int i = 0; i < count; i++) {
            fake.enqueue(fake.updates().privateText(firstUser + 10_000 + i, "fr", "/start"));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (fake.calls("sendMessage").size() - before < count * 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void pacing(int chats) throws Exception {
        try (FakeTelegram fake = FakeTelegram.builder().floodControl(FloodRules.telegram()).start();
                OkHttpTelegramApi api = new OkHttpTelegramApi(fake.token(), URI.create(fake.url()), Duration.ofSeconds(30))) {
            TelegramSender sender = new TelegramSender(api, FloodLimits.telegram(), chat -> { });
            try {
                List<CompletableFuture<?>> sent = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < chats; i++) {
                    String chat = Long.toString(50_000 + i);
                    sent.add(sender.submit(new Destination(chat, ChatKind.PRIVATE),
                            SendMessage.builder().chatId(chat).text("Nouvelle action : rehaussons le #PSOC").build()));
                }
                CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
                double seconds = (System.nanoTime() - start) / 1e9;
                int perSecond = FloodLimits.telegram().overallPerSecond();
                double floor = chats / (double) perSecond;
                double strictFloor = (chats - perSecond) / (double) perSecond;
                System.out.printf("  sender pacing: %d messages to %d chats in %.2f s; floor N/30 = %.2f s, ratio %.2f"
                        + " (the first 30 may all leave at once: %.2f s, ratio %.2f); 429 received: %d%n", chats, chats,
                        seconds, floor, seconds / floor, strictFloor, seconds / strictFloor, fake.tooManyRequestsGiven());
            } finally {
                sender.close();
            }
        }
    }
}
