package org.relais.config.serve;

import com.google.inject.Injector;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.relais.config.Settings;
import org.relais.core.broadcast.BroadcastSettings;
import org.relais.core.broadcast.Broadcaster;
import org.relais.core.engine.Engine;
import org.relais.core.platform.Platform;
import org.relais.store.jdbc.JdbcStore;
import org.relais.slack.SlackBot;
import org.relais.slack.SlackStartException;
import org.relais.slack.send.SlackLimits;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramStartException;
import org.relais.telegram.send.FloodLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code relais serve}: every platform whose settings are present (Telegram, Slack, or both in one
 * process), on one engine and one store, with the HTTP server for health, webhooks and Slack's
 * events. On SIGTERM it stops receiving, lets the update in hand finish and the queued messages
 * drain, closes the store, and the JVM exits.
 */
public final class Serve {
    private static final Logger LOG = LoggerFactory.getLogger(Serve.class);

    private Serve() {}

    /** Runs until the process is stopped; answers an exit status when it cannot start. */
    public static int run(Settings settings, Injector injector, PrintStream err) throws InterruptedException {
        if (settings.telegram().isEmpty() && settings.slack().isEmpty()) {
            err.println("relais: serve needs a platform: set " + Settings.TELEGRAM_TOKEN + " for Telegram"
                    + " (README.md, \"Run on Telegram\") or " + Settings.SLACK_BOT_TOKEN + " for Slack (\"Run on Slack\")");
            return 2;
        }
        JdbcStore store = injector.getInstance(JdbcStore.class);
        Engine engine = injector.getInstance(Engine.class);
        Server server = new Server(settings.httpPort());
        List<Platform> platforms = new CopyOnWriteArrayList<>();
        int configured = (settings.telegram().isPresent() ? 1 : 0) + (settings.slack().isPresent() ? 1 : 0);
        server.route("/healthz", new HealthHandler(platforms, configured));
        server.route("/metrics", new MetricsHandler());
        server.start();
        LOG.info("relais serve: HTTP on port {} (GET /healthz, GET /metrics)", server.port());
        try {
            if (settings.telegram().isPresent()) {
                platforms.add(TelegramBot.start(settings.telegram().get(), engine,
                        FloodLimits.telegram().withRates(settings.telegram().get().bulkPerSecond(),
                                settings.telegram().get().answerPerSecond()), server::route));
            }
            if (settings.slack().isPresent()) {
                platforms.add(SlackBot.start(settings.slack().get(), engine, SlackLimits.slack(), server::route));
            }
        } catch (TelegramStartException | SlackStartException e) {
            stop(platforms, server, store, new CountDownLatch(1));
            err.println("relais: " + e.getMessage());
            return 1;
        }
        Broadcaster broadcaster = new Broadcaster(store, platforms.stream().map(Platform::messenger).toList(),
                injector.getInstance(Clock.class), injector.getInstance(BroadcastSettings.class)).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broadcaster.close(); // its announcements on their way come back through the platforms' senders
            stop(platforms, server, store, stopped);
        }, "relais-shutdown"));
        stopped.await();
        return 0;
    }

    /**
     * Receiving stops first (the HTTP server, so no webhook update comes in while the platforms
     * close; Telegram sends it again later), then the platforms drain their messages, then the store
     * closes. The broadcaster is closed before this, while the platforms can still finish its calls.
     */
    static void stop(List<Platform> platforms, Server server, JdbcStore store, CountDownLatch stopped) {
        LOG.info("relais serve: stopping");
        server.close();
        platforms.forEach(Platform::close);
        store.close();
        stopped.countDown();
        LOG.info("relais serve: stopped");
    }
}
