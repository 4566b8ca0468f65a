package org.relais.slack.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import org.relais.core.engine.Engine;
import org.relais.slack.SlackBot;
import org.relais.slack.SlackSettings;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.HttpInbound;
import org.relais.slack.fake.Inbound;
import org.relais.slack.fake.SocketInbound;
import org.relais.slack.inbound.SlackEventsEndpoint;
import org.relais.slack.send.SlackLimits;

/** The Slack adapter wired against the fake, in either mode, and what delivers requests to it. */
final class SlackRun implements AutoCloseable {
    private final SlackBot bot;
    private final HttpServer server;
    private final Inbound inbound;

    private SlackRun(SlackBot bot, HttpServer server, Inbound inbound) {
        this.bot = bot;
        this.server = server;
        this.inbound = inbound;
    }

    /** HTTP mode: the bot's endpoint on a loopback server; requests signed with the fake's secret. */
    static SlackRun http(FakeSlack fake, Engine engine) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
        SlackSettings settings = new SlackSettings(fake.botToken(), Optional.empty(), Optional.of(fake.signingSecret()),
                URI.create(fake.apiUrl()));
        SlackBot bot = SlackBot.start(settings, engine, SlackLimits.slack(), server::createContext);
        URI events = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SlackEventsEndpoint.PATH);
        return new SlackRun(bot, server, new HttpInbound(events, fake.signingSecret()));
    }

    /** Socket Mode: the bot connects to the fake's WebSocket server with the app-level token. */
    static SlackRun socket(FakeSlack fake, Engine engine) {
        SlackSettings settings = new SlackSettings(fake.botToken(), Optional.of(fake.appToken()), Optional.empty(),
                URI.create(fake.apiUrl()));
        SlackBot bot = SlackBot.start(settings, engine, SlackLimits.slack(), (path, handler) -> {
            throw new AssertionError("Socket Mode mounts nothing");
        });
        fake.socketMode().awaitConnections(1, java.time.Duration.ofSeconds(10));
        return new SlackRun(bot, null, new SocketInbound(fake.socketMode()));
    }

    SlackBot bot() {
        return bot;
    }

    Inbound inbound() {
        return inbound;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        bot.close();
    }
}
