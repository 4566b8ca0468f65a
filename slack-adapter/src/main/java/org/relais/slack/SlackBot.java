package org.relais.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.engine.Engine;
import org.relais.core.platform.Platform;
import org.relais.core.platform.PlatformStatus;
import org.relais.core.port.Messenger;
import org.relais.core.send.Lane;
import org.relais.core.receive.PersonQueues;
import org.relais.core.send.PacedSender;
import org.relais.core.send.PaceLimits;
import org.relais.slack.inbound.SignatureCheck;
import org.relais.slack.inbound.SlackEventsEndpoint;
import org.relais.slack.inbound.SlackHandling;
import org.relais.slack.inbound.SlackRoutes;
import org.relais.slack.inbound.SlackTranslator;
import org.relais.slack.inbound.SocketModeLink;
import org.relais.slack.outbound.SlackMessenger;
import org.relais.slack.outbound.SlackResponder;
import org.relais.slack.send.SlackCalls;
import org.relais.slack.send.SlackVerdicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole bot on Slack: checks the bot token ({@code auth.test}), then receives by Socket Mode
 * (with an app-level token) or at {@code POST /slack/events} (with the signing secret); both run the
 * same Bolt listeners ({@link SlackRoutes}). Closing stops receiving, lets the acknowledged requests
 * finish and the queued messages drain, and ends every thread it started.
 */
public final class SlackBot implements Platform {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    private static final Duration HELLO_WAIT = Duration.ofSeconds(10);

    private final SlackSettings settings;
    private final Slack slack;
    private final PacedSender sender;
    private final SlackHandling handling;
    private final SlackCalls calls;
    private final SlackMessenger messenger;
    private final App app;
    private SocketModeLink link;

    private SlackBot(SlackSettings settings, Slack slack, Engine engine, PaceLimits limits, AuthTestResponse auth) {
        this.settings = settings;
        this.slack = slack;
        this.sender = new PacedSender("Slack", limits, new SlackVerdicts(), lane -> gone(engine, lane),
                PacedSender.DEFAULT_DRAIN, PacedSender.DEFAULT_WORKERS);
        this.calls = new SlackCalls(slack, settings.botToken(), sender);
        this.messenger = new SlackMessenger(calls);
        SlackTranslator translator = new SlackTranslator(auth.getUserId(), new SlackPeople(calls, Clock.systemUTC()));
        this.handling = new SlackHandling(engine, new SlackResponder(calls),
                new PersonQueues("slack", PacedSender.DEFAULT_DRAIN));
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().orElse(null))
                .clientId(null)
                .clientSecret(null)
                .requestVerificationEnabled(false) // our SignatureCheck, before Bolt: constant time, both directions
                .ignoringSelfEventsEnabled(false) // the translator skips bots itself, without bots.info calls
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .unmatchedRequestHandler(request -> Response.ok())
                .build());
        SlackRoutes.register(app, translator, handling);
    }

    /**
     * @param mount adds a route to the running HTTP server (HTTP mode)
     * @throws SlackStartException when Slack refuses a token or cannot be reached; the message names
     *     the setting to check, never a token
     */
    public static SlackBot start(SlackSettings settings, Engine engine, PaceLimits limits, BiConsumer<String, HttpHandler> mount) {
        Slack slack = SlackClients.create(settings);
        SlackBot bot;
        try {
            bot = new SlackBot(settings, slack, engine, limits, authTest(slack, settings.botToken()));
            bot.app.start();
        } catch (SlackStartException | IllegalArgumentException e) {
            closeQuietly(slack);
            throw e instanceof SlackStartException s ? s
                    : new SlackStartException("Slack refused the bot token: check RELAIS_SLACK_BOT_TOKEN");
        }
        try {
            bot.begin(mount);
        } catch (SlackStartException e) {
            bot.close();
            throw e;
        }
        LOG.info("Slack: ready ({})", settings.socketMode() ? "socket-mode" : "http at " + SlackEventsEndpoint.PATH);
        return bot;
    }

    private void begin(BiConsumer<String, HttpHandler> mount) {
        if (settings.socketMode()) {
            try {
                link = SocketModeLink.open(slack, settings.appToken().orElseThrow(), app);
                if (!link.awaitHello(HELLO_WAIT)) {
                    LOG.warn("Slack has not said hello on the Socket Mode link after {} s; going on, it may come later",
                            HELLO_WAIT.toSeconds());
                }
            } catch (IOException | IllegalStateException e) {
                throw new SlackStartException("Slack refused the Socket Mode connection (" + e.getClass().getSimpleName()
                        + "): check RELAIS_SLACK_APP_TOKEN (xapp-…, with connections:write) and RELAIS_SLACK_API_URL");
            }
        } else {
            mount.accept(SlackEventsEndpoint.PATH,
                    new SlackEventsEndpoint(new SignatureCheck(settings.signingSecret().orElseThrow(), Clock.systemUTC()), app));
        }
    }

    private static AuthTestResponse authTest(Slack slack, String botToken) {
        AuthTestResponse response;
        try {
            response = slack.methods(botToken).authTest(r -> r);
        } catch (SlackApiException e) {
            throw new SlackStartException("Slack answered auth.test with HTTP " + e.getResponse().code()
                    + ": check RELAIS_SLACK_API_URL");
        } catch (IOException e) {
            throw new SlackStartException("Slack cannot be reached (" + e.getClass().getSimpleName()
                    + "): check RELAIS_SLACK_API_URL and the network");
        }
        if (!response.isOk()) {
            throw new SlackStartException("Slack refused the bot token (" + response.getError()
                    + "): check RELAIS_SLACK_BOT_TOKEN (xoxb-…)");
        }
        return response;
    }

    /** Socket Mode: the link first; both modes: whether the Web API answered the last call. */
    @Override
    public Messenger messenger() {
        return messenger;
    }

    @Override
    public PlatformStatus status() {
        Optional<String> down = link == null ? Optional.empty() : link.down();
        if (down.isPresent()) {
            return new PlatformStatus("slack", "socket-mode", false, down.get());
        }
        return new PlatformStatus("slack", link != null ? "socket-mode" : "http", calls.health().ok(), calls.health().problem());
    }

    /**
     * Slack refused a message for good (the channel is gone, the app was removed from it, the person
     * is deactivated): recorded as the chat's state, through the engine like any news.
     */
    private static void gone(Engine engine, Lane lane) {
        String channel = lane.key();
        Origin origin = new Origin(new ConversationKey(SlackTranslator.PLATFORM, channel), channel, Optional.empty(),
                "gone-" + channel + "-" + Instant.now().toEpochMilli());
        engine.handle(new Event.Membership(origin, lane.kind(), "", "blocked"));
    }

    /** Receiving first (Socket Mode), then the acknowledged requests, the queued messages, the clients. */
    @Override
    public void close() {
        if (link != null) {
            link.close();
        }
        handling.close();
        sender.close();
        try {
            app.stop();
        } catch (Exception e) {
            LOG.debug("Bolt stop: {}", e.getClass().getSimpleName());
        }
        closeQuietly(slack);
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("closing the Slack client: {}", e.getClass().getSimpleName());
        }
    }
}
