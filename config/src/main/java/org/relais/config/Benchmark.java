package org.relais.config;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.relais.config.campaign.CampaignFiles;
import org.relais.core.campaign.Campaign;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.chat.Button;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.CampaignCatalog;
import org.relais.core.port.Store;
import org.relais.core.receive.PersonQueues;
import org.relais.store.jdbc.JdbcSettings;
import org.relais.store.jdbc.JdbcStore;

/**
 * {@code relais bench}: events per second through the engine on the durable H2 store, next to raw
 * durable single-row H2 commits per second measured in the same run on the same disk. The ratio is
 * the figure (machines are shared and noisy; absolute numbers are not comparable across runs), with
 * p50 and p99 time per event. Not a test: it prints, it does not judge.
 */
final class Benchmark {
    static final int DEFAULT_EVENTS = 4000;
    /** The buttons a volunteer presses after /start, by the start of their payload. */
    private static final String[] SCRIPT = {"a:psoc", "w:", "nx2", "nx3", "ok", "posted", "confirm"};
    private static final int EVENTS_PER_VOLUNTEER = SCRIPT.length + 1;

    private Benchmark() {}

    static int run(int events, PrintStream out) {
        Path dir = tempDir();
        try {
            Campaign campaign = CampaignFiles.loadBundled().campaignOrThrow(Language.FR);
            out.printf("Relais benchmark — %d events, %d cores, Java %s, H2 file in %s%n", events,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), dir);
            double raw = rawCommitsPerSecond(dir.resolve("raw"), events);
            long[] nanos;
            long start;
            long elapsed;
            double together;
            try (JdbcStore store = JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + dir.resolve("engine")))) {
                Engine engine = new Engine(RelaisDialog.create(), store, inForce(store, campaign), Clock.systemUTC(), Language.FR);
                volunteers(engine, "warmup", 50, new long[50 * EVENTS_PER_VOLUNTEER]);
                int volunteers = Math.max(1, events / EVENTS_PER_VOLUNTEER);
                nanos = new long[volunteers * EVENTS_PER_VOLUNTEER];
                start = System.nanoTime();
                volunteers(engine, "v", volunteers, nanos);
                elapsed = System.nanoTime() - start;
                together = concurrentEventsPerSecond(engine, volunteers);
            }
            double perSecond = nanos.length / (elapsed / 1e9);
            double inMemory = inMemoryEventsPerSecond(campaign, nanos.length);
            Arrays.sort(nanos);
            out.printf("  raw durable single-row commits/s (WRITE_DELAY=0): %,10.0f%n", raw);
            out.printf("  engine events/s (one durable transaction each):   %,10.0f%n", perSecond);
            out.printf("  ratio engine / raw commits:                        %10.2f%n", perSecond / raw);
            out.printf("  engine events/s, %d people at once (as serve):      %,10.0f%n", PersonQueues.DEFAULT_THREADS, together);
            out.printf("  ratio, people at once / raw commits:               %10.2f%n", together / raw);
            out.printf("  engine events/s on the in-memory store (no disk):  %,10.0f%n", inMemory);
            out.printf("  time per event: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
            return 0;
        } finally {
            delete(dir);
        }
    }

    /** The campaign stored in the database, as after an import: each event checks its version, as in production. */
    private static CampaignCatalog inForce(Store store, Campaign campaign) {
        store.inTransaction(tx -> {
            tx.campaigns().replace(campaign);
            return null;
        });
        return new CatalogInForce(store, campaign);
    }

    /**
     * The same walk by {@code volunteers} other people, on as many threads as {@code relais serve}
     * handles people at once ({@link PersonQueues#DEFAULT_THREADS}), each person's events in order.
     */
    private static double concurrentEventsPerSecond(Engine engine, int volunteers) {
        int threads = PersonQueues.DEFAULT_THREADS;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int each = Math.max(1, volunteers / threads);
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = "t" + t + "-";
                runs.add(pool.submit(() -> volunteers(engine, prefix, each, new long[each * EVENTS_PER_VOLUNTEER])));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            return threads * each * EVENTS_PER_VOLUNTEER / ((System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a volunteer's walk failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same volunteers on the in-memory store: what the engine itself costs, without the database. */
    private static double inMemoryEventsPerSecond(Campaign campaign, int events) {
        InMemoryStore store = new InMemoryStore();
        Engine engine = new Engine(RelaisDialog.create(), store, inForce(store, campaign), Clock.systemUTC(), Language.FR);
        volunteers(engine, "warmup", 50, new long[50 * EVENTS_PER_VOLUNTEER]);
        long[] nanos = new long[Math.max(1, events / EVENTS_PER_VOLUNTEER) * EVENTS_PER_VOLUNTEER];
        long start = System.nanoTime();
        volunteers(engine, "m", nanos.length / EVENTS_PER_VOLUNTEER, nanos);
        return nanos.length / ((System.nanoTime() - start) / 1e9);
    }

    /** Single-row inserts, each its own committed transaction, on an H2 file set up as the store's. */
    private static double rawCommitsPerSecond(Path file, int rows) {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file + ";WRITE_DELAY=0")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE row_commit (id INT PRIMARY KEY, payload VARCHAR(200))");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO row_commit VALUES (?, ?)")) {
                for (int i = 0; i < 500; i++) {
                    insertOne(insert, -i - 1);
                }
                long start = System.nanoTime();
                for (int i = 0; i < rows; i++) {
                    insertOne(insert, i);
                }
                return rows / ((System.nanoTime() - start) / 1e9);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw H2 benchmark failed: " + e.getMessage(), e);
        }
    }

    private static void insertOne(PreparedStatement insert, int id) throws SQLException {
        insert.setInt(1, id);
        insert.setString(2, "a step of a conversation, about this long");
        insert.executeUpdate();
    }

    /** Each volunteer: start, action, wording, targets, hashtags, ready, "I posted it", confirm. */
    private static void volunteers(Engine engine, String prefix, int count, long[] nanos) {
        int n = 0;
        for (int v = 0; v < count; v++) {
            ConversationKey key = new ConversationKey("bench", prefix + v);
            Response r = timed(engine, new Event.Started(origin(key, n), Optional.empty()), nanos, n++);
            for (String verb : SCRIPT) {
                r = timed(engine, new Event.ButtonPressed(origin(key, n), payload(r, p -> p.startsWith(verb))), nanos, n++);
            }
        }
    }

    private static Response timed(Engine engine, Event event, long[] nanos, int i) {
        long start = System.nanoTime();
        Response response = engine.handle(event);
        nanos[i] = System.nanoTime() - start;
        return response;
    }

    private static String payload(Response response, Predicate<String> wanted) {
        return response.replies().stream()
                .flatMap(reply -> reply.buttons().stream())
                .filter(b -> b instanceof Button.Choice)
                .map(b -> ((Button.Choice) b).payload())
                .filter(wanted)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the bench script lost its way: " + response));
    }

    private static Origin origin(ConversationKey key, int n) {
        return new Origin(key, key.userId(), Optional.empty(), key.userId() + "-" + n);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("relais-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
