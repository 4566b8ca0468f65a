package org.relais.config;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relais.core.broadcast.BroadcastSettings;
import org.relais.core.broadcast.Broadcaster;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.port.Announcement;
import org.relais.core.port.Broadcast;
import org.relais.core.port.DeliveryTally;
import org.relais.core.port.Subscription;
import org.relais.core.testing.TestCampaigns;
import org.relais.slack.BotOnFake;
import org.relais.slack.fake.FakeSlack;
import org.relais.store.jdbc.JdbcSettings;
import org.relais.store.jdbc.JdbcStore;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramSettings;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.FloodRules;
import org.relais.telegram.send.FloodLimits;

/**
 * A broadcast to thousands of chats (Telegram private chats and groups, Slack channels) through the
 * real adapters, the real broadcaster and a durable H2 file, against loopback fakes that answer 429
 * past the platforms' limits: Telegram's 30 a second, 1 a second per chat, 20 a minute per group;
 * Slack's 1 a second per channel. It prints the time against the floor the limits allow (Telegram:
 * its messages / 30 s; Slack: its channels / the sender's 5 a second), the duplicates and the losses
 * (both must be 0) and the 429s received (the target is 0). Not a test: it prints, it judges nothing
 * ({@code BroadcastBenchmarkTest} runs a small one in the suite and checks the counts only).
 */
public final class BroadcastBenchmark {
    private static final String COORDINATOR = "6000000001";

    /** What one run measured. */
    public record Figures(int chats, Duration took, Duration floor, int duplicates, int losses, int telegram429,
            int slack429, DeliveryTally tally) {
        double ratio() {
            return took.toMillis() / (double) Math.max(1, floor.toMillis());
        }
    }

    private BroadcastBenchmark() {}

    /** {@code [privateChats groups slackChannels]}, 1,200 + 500 + 300 = 2,000 by default. */
    public static void main(String[] args) {
        int privateChats = args.length > 0 ? Integer.parseInt(args[0]) : 1_200;
        int groups = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int channels = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        run(privateChats, groups, channels, System.out);
        System.exit(0); // the fakes' and the bots' daemon threads are closed; the HTTP clients' pools linger
    }

    public static Figures run(int privateChats, int groups, int channels, PrintStream out) {
        Path dir = Benchmark.tempDir();
        int chats = privateChats + groups + channels;
        out.printf("Relais broadcast benchmark — %,d chats: %,d Telegram private, %,d Telegram groups, %,d Slack channels; "
                + "%d cores, Java %s%n", chats, privateChats, groups, channels, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (FakeTelegram telegram = FakeTelegram.start(); FakeSlack slack = FakeSlack.start();
                JdbcStore store = JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + dir.resolve("relais")))) {
            telegram.floodControl(FloodRules.telegram());
            slack.rateLimit("chat.postMessage", 1);
            List<Long> telegramChats = new ArrayList<>();
            for (int i = 1; i <= privateChats; i++) {
                telegramChats.add(7_000_000_000L + i);
            }
            for (int i = 1; i <= groups; i++) {
                telegramChats.add(-1_002_000_000_000L - i);
            }
            List<String> slackChannels = new ArrayList<>();
            for (int i = 1; i <= channels; i++) {
                String channel = String.format("C%08d", i);
                slack.declareChannel(channel);
                slackChannels.add(channel);
            }
            subscribe(store, telegramChats, slackChannels);
            Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR,
                    new Coordinators(Set.of(new ConversationKey("telegram", COORDINATOR))));
            TelegramBot telegramBot = TelegramBot.start(new TelegramSettings(telegram.token(), URI.create(telegram.url()),
                    Optional.empty(), Optional.empty()), engine, FloodLimits.telegram());
            try (BotOnFake slackBot = BotOnFake.socket(slack, engine)) {
                BroadcastSettings settings = BroadcastSettings.DEFAULTS;
                Broadcaster broadcaster = new Broadcaster(store, List.of(telegramBot.messenger(), slackBot.bot().messenger()),
                        Clock.systemUTC(), settings);
                long id = confirm(store);
                Instant start = Instant.now();
                broadcaster.start();
                awaitDone(store, id, Duration.ofMinutes(30));
                Duration took = Duration.between(start, Instant.now());
                broadcaster.close();
                DeliveryTally tally = store.inTransaction(tx -> tx.broadcasts().tally(id));
                int duplicates = 0;
                int losses = 0;
                for (long chat : telegramChats) {
                    long got = telegram.messages(chat).stream().filter(m -> m.body().contains("Financement du PSOC")).count();
                    duplicates += (int) Math.max(0, got - 1);
                    losses += got == 0 ? 1 : 0;
                }
                for (String channel : slackChannels) {
                    long got = slack.messages(channel).stream().filter(m -> m.plainText().contains("Financement du PSOC")).count();
                    duplicates += (int) Math.max(0, got - 1);
                    losses += got == 0 ? 1 : 0;
                }
                Duration telegramFloor = Duration.ofMillis(telegramChats.size() * 1000L / 30);
                Duration slackFloor = Duration.ofMillis(slackChannels.size() * 1000L / 5);
                Duration floor = telegramFloor.compareTo(slackFloor) > 0 ? telegramFloor : slackFloor;
                Figures figures = new Figures(chats, took, floor, duplicates, losses, telegram.tooManyRequestsGiven(),
                        slack.tooManyRequestsGiven(), tally);
                print(figures, telegramFloor, slackFloor, out);
                if (figures.telegram429() > 0) {
                    out.println("  Telegram 429s by call: " + telegram.rejections().stream()
                            .filter(r -> r.kind() == org.relais.telegram.fake.Rejection.Kind.FLOOD_CONTROL)
                            .map(r -> r.method() + " to " + (r.params().path("chat_id").asText().equals(COORDINATOR) ? "the coordinator"
                                    : r.params().path("chat_id").asText().startsWith("-") ? "a group" : "a private chat"))
                            .collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.TreeMap::new,
                                    java.util.stream.Collectors.counting())));
                }
                telegramBot.close();
                return figures;
            }
        } finally {
            Benchmark.delete(dir);
        }
    }

    private static void subscribe(JdbcStore store, List<Long> telegramChats, List<String> slackChannels) {
        ConversationKey by = new ConversationKey("telegram", COORDINATOR);
        Instant now = Instant.now();
        store.inTransaction(tx -> {
            telegramChats.forEach(chat -> tx.subscriptions().subscribe(new Subscription("telegram", Long.toString(chat), by, now)));
            slackChannels.forEach(channel -> tx.subscriptions().subscribe(new Subscription("slack", channel, by, now)));
            return null;
        });
    }

    /** What a coordinator's "broadcast now" writes: a confirmed draft, due now. */
    private static long confirm(JdbcStore store) {
        Announcement announcement = new Announcement(Language.FR, "psoc", "Financement du PSOC",
                "Demandons un rehaussement du financement des organismes communautaires.", "✊ Je participe");
        Instant now = Instant.now();
        return store.inTransaction(tx -> {
            long id = tx.broadcasts().draft(Broadcast.draft(announcement, new ConversationKey("telegram", COORDINATOR),
                    COORDINATOR, now));
            tx.broadcasts().confirm(id, now);
            return id;
        });
    }

    private static void awaitDone(JdbcStore store, long id, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (store.inTransaction(tx -> tx.broadcasts().find(id)).orElseThrow().state() != Broadcast.State.DONE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broadcast did not finish within " + limit);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static void print(Figures f, Duration telegramFloor, Duration slackFloor, PrintStream out) {
        out.printf("  time to deliver every announcement:        %8.2f s%n", f.took().toMillis() / 1000.0);
        out.printf("  floor (Telegram %.2f s, Slack %.2f s):    %8.2f s%n", telegramFloor.toMillis() / 1000.0,
                slackFloor.toMillis() / 1000.0, f.floor().toMillis() / 1000.0);
        out.printf("  ratio time / floor:                        %8.2f%n", f.ratio());
        out.printf("  delivered %d, failed %d, maybe twice %d%n", f.tally().sent(), f.tally().failed(), f.tally().reclaimed());
        out.printf("  duplicates: %d   losses: %d   429s received: Telegram %d, Slack %d%n", f.duplicates(), f.losses(),
                f.telegram429(), f.slack429());
    }
}
