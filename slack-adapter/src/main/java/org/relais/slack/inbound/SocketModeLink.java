package org.relais.slack.inbound;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: Slack's envelopes over a WebSocket (no public URL needed), run through the same Bolt
 * listeners as HTTP, and every envelope acknowledged, whatever came of it.
 *
 * <p>Wired by hand rather than with Bolt's {@code SocketModeApp}, whose 1.51 has three traps:
 * an envelope no listener matches is never acknowledged (Slack sends it again, and again); closing
 * while the link is down lets the session monitor reconnect afterwards, on non-daemon threads that
 * keep the JVM alive; and it opens two connections' worth of {@code apps.connections.open} at start.
 * Here: one {@code apps.connections.open}, an ack for everything, and {@link #close()} that really
 * stops (no reconnection, both executors, the socket's threads).
 */
public final class SocketModeLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeLink.class);
    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final SocketModeClient client;
    private final App app;
    private final SocketModeRequestParser parser;
    private final CountDownLatch hello = new CountDownLatch(1);
    /** Whether the link is up, and what to say when it is not: one reference, so that both are read together. */
    private record State(boolean connected, String detail) {}

    private volatile State state = new State(false, "connecting");

    private SocketModeLink(SocketModeClient client, App app) {
        this.client = client;
        this.app = app;
        this.parser = new SocketModeRequestParser(app.config());
    }

    /**
     * Opens the link ({@code apps.connections.open} with the app-level token, then the WebSocket).
     *
     * @throws IOException when Slack cannot be reached or refuses the token
     */
    public static SocketModeLink open(Slack slack, String appToken, App app) throws IOException {
        SocketModeClient client = slack.socketMode(appToken, SocketModeClient.Backend.JavaWebSocket);
        SocketModeLink link = new SocketModeLink(client, app);
        client.addWebSocketMessageListener(link::onMessage);
        client.addWebSocketCloseListener((code, reason) -> link.closed(code));
        client.addWebSocketErrorListener(error -> LOG.warn("Slack Socket Mode error ({})", error.getClass().getSimpleName()));
        client.setAutoReconnectEnabled(true);
        client.connect();
        return link;
    }

    private void onMessage(String message) {
        SocketModeRequest request;
        try {
            request = parser.parse(message);
        } catch (RuntimeException e) {
            LOG.warn("an unreadable Socket Mode message was skipped ({})", e.getClass().getSimpleName());
            return;
        }
        if (request == null) {
            if ("hello".equals(type(message))) {
                state = new State(true, "");
                hello.countDown();
            }
            return; // hello, disconnect: the client handles them
        }
        String envelopeId = request.getEnvelope().getEnvelopeId();
        Response response;
        try {
            response = app.run(request.getBoltRequest());
        } catch (Exception e) {
            LOG.error("a Socket Mode envelope failed in Bolt ({}); acknowledged anyway", e.getClass().getSimpleName(), e);
            response = Response.ok();
        }
        client.sendSocketModeResponse(ack(envelopeId, response));
    }

    private static String type(String message) {
        try {
            JsonElement type = JSON.fromJson(message, JsonObject.class).get("type");
            return type == null || !type.isJsonPrimitive() ? "" : type.getAsString();
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    /** {@code {"envelope_id": …}}, with the listener's answer as payload when there is one (a command's text). */
    private static String ack(String envelopeId, Response response) {
        if (response.getStatusCode() != 200 || response.getBody() == null || response.getBody().isEmpty()) {
            return JSON.toJson(new AckResponse(envelopeId));
        }
        JsonObject out = new JsonObject();
        out.addProperty("envelope_id", envelopeId);
        String type = response.getContentType();
        if (type != null && type.startsWith("application/json")) {
            out.add("payload", JSON.fromJson(response.getBody(), JsonElement.class));
        } else {
            JsonObject text = new JsonObject();
            text.addProperty("text", response.getBody());
            out.add("payload", text);
        }
        return JSON.toJson(out);
    }

    private void closed(Integer code) {
        state = new State(false, "WebSocket closed (" + code + "); reconnecting");
    }

    /** Waits for Slack's first {@code hello}; false if it has not come within {@code timeout}. */
    public boolean awaitHello(Duration timeout) {
        try {
            return hello.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What is wrong with the link, read in one go; empty while it is up. */
    public Optional<String> down() {
        State now = state;
        return now.connected() ? Optional.empty() : Optional.of(now.detail());
    }

    /** No reconnection, then the socket and both of the client's executors. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the Socket Mode link failed ({})", e.getClass().getSimpleName());
        }
        state = new State(false, "closed");
    }
}
