package org.relais.slack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.Store;
import org.relais.core.testing.TestCampaigns;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.HttpInbound;
import org.relais.slack.fake.Inbound;
import org.relais.slack.fake.SocketInbound;
import org.relais.slack.inbound.SlackEventsEndpoint;
import org.relais.slack.send.SlackLimits;

/**
 * A real {@link SlackBot} started against a {@link FakeSlack}, for the tests outside {@code e2e}:
 * in HTTP mode behind a loopback server (requests signed with the fake's secret), or in Socket Mode
 * on the fake's WebSocket server. Closing stops the loopback server, then the bot.
 */
public final class BotOnFake implements AutoCloseable {
    private final SlackBot bot;
    private final HttpServer server;
    private final Inbound inbound;

    private BotOnFake(SlackBot bot, HttpServer server, Inbound inbound) {
        this.bot = bot;
        this.server = server;
        this.inbound = inbound;
    }

    /** The engine the scenarios use: the Relais dialog on the test campaign, in memory, French by default. */
    public static Engine engine() {
        return engine(new InMemoryStore());
    }

    /** The same, on a store the test reads. */
    public static Engine engine(Store store) {
        return new Engine(RelaisDialog.create(), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR);
    }

    /** HTTP mode: {@code POST /slack/events} on a loopback server. */
    public static BotOnFake http(FakeSlack fake, Engine engine) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
        SlackSettings settings = new SlackSettings(fake.botToken(), Optional.empty(), Optional.of(fake.signingSecret()),
                URI.create(fake.apiUrl()));
        SlackBot bot;
        try {
            bot = SlackBot.start(settings, engine, SlackLimits.slack(), server::createContext);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
        URI events = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SlackEventsEndpoint.PATH);
        return new BotOnFake(bot, server, new HttpInbound(events, fake.signingSecret()));
    }

    /** Socket Mode: connected to the fake with the app-level token. */
    public static BotOnFake socket(FakeSlack fake, Engine engine) {
        SlackSettings settings = new SlackSettings(fake.botToken(), Optional.of(fake.appToken()), Optional.empty(),
                URI.create(fake.apiUrl()));
        int before = fake.socketMode().connectionCount();
        SlackBot bot = SlackBot.start(settings, engine, SlackLimits.slack(), (path, handler) -> {
            throw new AssertionError("Socket Mode mounts nothing");
        });
        fake.socketMode().awaitConnections(before + 1, Duration.ofSeconds(10));
        return new BotOnFake(bot, null, new SocketInbound(fake.socketMode()));
    }

    public SlackBot bot() {
        return bot;
    }

    /** What delivers Slack's requests to the bot, in its mode. */
    public Inbound inbound() {
        return inbound;
    }

    /** The HTTP delivery (HTTP mode only), for raw bodies, other secrets and timestamps. */
    public HttpInbound http() {
        if (!(inbound instanceof HttpInbound http)) {
            throw new IllegalStateException("not in HTTP mode");
        }
        return http;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        bot.close();
    }
}
