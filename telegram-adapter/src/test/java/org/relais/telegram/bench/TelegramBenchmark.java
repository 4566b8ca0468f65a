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
 *       and the 429s received (the target is 0);</li>
 *   <li>fairness under a flood, with Telegram's limits: one person sends 150 messages at once, then another
 *       sends {@code /start}; the time until the second person's answer (the target is 1 s at most), a few
 *       times over.</li>
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
        flood(150, 5);
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
                for (int round = 1; round <= 2; round++) {
                    long cpu = processCpuNanos();
                    long start = System.nanoTime();
                    run(fake, count, round * 1_000_000L);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("  updates handled end to end (/start → menu sent), round %d: %,d in %.2f s = %,.0f updates/s;"
                            + " process CPU %.2f ms per update (the fake's share and the JIT's included)%n", round, count, seconds,
                            count / seconds, (processCpuNanos() - cpu) / 1e6 / count);
                }
            } finally {
                bot.close();
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** {@code count} people each send /start; waits until each got its answer (one message: welcome and menu). */
    private static void run(FakeTelegram fake, int count, long firstUser) throws InterruptedException {
        int before = fake.calls("sendMessage").size();
        for (int i = 0; i < count; i++) {
            fake.enqueue(fake.updates().privateText(firstUser + 10_000 + i, "fr", "/start"));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (fake.calls("sendMessage").size() - before < count && System.nanoTime() < deadline) {
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

    /** {@code rounds} times: a new flooder sends {@code messages} at once, then a new person sends /start. */
    private static void flood(int messages, int rounds) throws Exception {
        try (FakeTelegram fake = FakeTelegram.builder().floodControl(FloodRules.telegram()).longPollCap(Duration.ofMillis(200))
                .start()) {
            Engine engine = new Engine(RelaisDialog.create(), new InMemoryStore(), TestCampaigns::standard, Clock.systemUTC(),
                    Language.FR);
            TelegramBot bot = TelegramBot.start(new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.empty(),
                    Optional.empty()), engine, FloodLimits.telegram());
            List<Double> waits = new ArrayList<>();
            try {
                for (int round = 0; round < rounds; round++) {
                    long flooder = 70_000 + round;
                    long other = 80_000 + round;
                    for (int i = 0; i < messages; i++) {
                        fake.enqueue(fake.updates().privateText(flooder, "fr", "bonjour " + i));
                    }
                    long start = System.nanoTime();
                    fake.enqueue(fake.updates().privateText(other, "fr", "/start"));
                    fake.awaitMessage(other, text -> true, Duration.ofSeconds(60));
                    waits.add((System.nanoTime() - start) / 1e9);
                }
            } finally {
                bot.close();
            }
            waits.sort(null);
            System.out.printf("  flood: while one person sends %d messages at once, another's /start is answered in"
                    + " %.2f s (median of %d), %.2f s at worst (target: 1 s at most); 429 received: %d%n", messages,
                    waits.get(waits.size() / 2), rounds, waits.get(waits.size() - 1), fake.tooManyRequestsGiven());
        }
    }
}
