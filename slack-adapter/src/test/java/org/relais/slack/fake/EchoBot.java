package org.relais.slack.fake;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.relais.core.testing.loopback.Answers;
import org.relais.core.testing.loopback.LoopbackRequest;
import org.relais.core.testing.loopback.LoopbackServer;

/**
 * A small Bolt app, for the fake's own tests: it echoes DMs with an "Again" button and a "Docs" link, answers
 * "Again" by replacing the message, {@code /relais} through the response URL, mentions in a thread, and publishes
 * an App Home. It runs over HTTP (Bolt's request parser behind a loopback server) or Socket Mode.
 */
final class EchoBot implements AutoCloseable {

    private final App app;
    private final LoopbackServer http;
    private final SocketModeApp socket;
    private final Inbound inbound;

    private EchoBot(FakeSlack fake, Slack slack, boolean socketMode) throws Exception {
        app = new App(AppConfig.builder().singleTeamBotToken(fake.botToken()).signingSecret(fake.signingSecret())
                .slack(slack).build());
        handlers(app);
        app.start();
        if (socketMode) {
            http = null;
            socket = new SocketModeApp(fake.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            fake.socketMode().awaitConnections(1, Duration.ofSeconds(5));
            inbound = new SocketInbound(fake.socketMode());
        } else {
            socket = null;
            SlackRequestParser parser = new SlackRequestParser(app.config());
            http = new LoopbackServer("fake-slack-echo-bot", "127.0.0.1", exchange -> {
                try (exchange) {
                    LoopbackRequest received = LoopbackRequest.read(exchange);
                    Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                            .requestUri(exchange.getRequestURI().getPath()).queryString(Map.of())
                            .headers(new RequestHeaders(exchange.getRequestHeaders())).requestBody(received.text())
                            .remoteAddress("127.0.0.1").build());
                    Response response = app.run(request);
                    Answers.send(exchange, response.getStatusCode(), String.valueOf(response.getContentType()),
                            response.getBody() == null ? new byte[0]
                                    : response.getBody().getBytes(StandardCharsets.UTF_8));
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            inbound = new HttpInbound(eventsUrl(), fake.signingSecret());
        }
    }

    static EchoBot overHttp(FakeSlack fake, Slack slack) throws Exception {
        return new EchoBot(fake, slack, false);
    }

    static EchoBot overSocketMode(FakeSlack fake, Slack slack) throws Exception {
        return new EchoBot(fake, slack, true);
    }

    Inbound inbound() {
        return inbound;
    }

    URI eventsUrl() {
        return URI.create(http.url() + "/slack/events");
    }

    private static void handlers(App app) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            String text = event.getText();
            ctx.client().chatPostMessage(r -> r.channel(event.getChannel()).text("echo: " + text).blocks(asBlocks(
                    section(s -> s.text(markdownText("echo: " + text + ", see <https://example.org/guide|the guide>"))),
                    actions(a -> a.elements(asElements(
                            button(b -> b.text(plainText("Again")).actionId("again").value(text)),
                            button(b -> b.text(plainText("Docs")).actionId("docs")
                                    .url("https://example.org/docs"))))))));
            return ctx.ack();
        });
        app.blockAction("again", (request, ctx) -> {
            ctx.respond(r -> r.replaceOriginal(true)
                    .text("pressed " + request.getPayload().getActions().get(0).getValue()));
            return ctx.ack();
        });
        app.blockAction("docs", (request, ctx) -> ctx.ack());
        app.command("/relais", (request, ctx) -> {
            ctx.respond("C\u2019est parti\u00a0! pong " + request.getPayload().getText());
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            ctx.client().chatPostMessage(r -> r.channel(event.getChannel()).threadTs(event.getTs()).text("hi there"));
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            home(ctx.client(), payload.getEvent().getUser(), "Welcome home");
            return ctx.ack();
        });
        app.blockAction("refresh", (request, ctx) -> {
            home(ctx.client(), request.getPayload().getUser().getId(), "Refreshed");
            return ctx.ack();
        });
    }

    private static void home(com.slack.api.methods.MethodsClient client, String userId, String title)
            throws IOException, SlackApiException {
        client.viewsPublish(r -> r.userId(userId).view(view(v -> v.type("home").blocks(asBlocks(
                section(s -> s.text(markdownText(title))),
                actions(a -> a.elements(asElements(
                        button(b -> b.text(plainText("Refresh")).actionId("refresh"))))))))));
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the Socket Mode app", e);
        } finally {
            if (http != null) {
                http.close();
            }
            app.stop();
        }
    }
}
