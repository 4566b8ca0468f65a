package org.relais.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.annotations.SerializedName;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.relais.core.testing.loopback.LoopbackRequest;
import org.relais.core.testing.loopback.Waits;

/**
 * The fake Socket Mode server, obtained from {@link FakeSlack#socketMode()} (and started by
 * {@code apps.connections.open}): a WebSocket server on the loopback interface that accepts the URLs the fake
 * hands out, greets each connection with Slack's {@code hello}, sends envelopes ({@code events_api},
 * {@code slash_commands}, {@code interactive}) to the newest open connection, records the app's acks, and can ask
 * the app to reconnect ({@code disconnect}) or drop its connections.
 *
 * <p>Its threads are daemons; {@link #close()} (or the fake's) stops them. Thread-safe.
 */
public final class FakeSocketMode implements AutoCloseable {

    /** The envelope type of Events API payloads. */
    public static final String EVENTS_API = "events_api";
    /** The envelope type of slash commands. */
    public static final String SLASH_COMMANDS = "slash_commands";
    /** The envelope type of interactive payloads ({@code block_actions}…). */
    public static final String INTERACTIVE = "interactive";

    private static final Duration CONNECTION_WAIT = Duration.ofSeconds(10);

    /** An envelope as Socket Mode sends it. */
    private record Envelope(@SerializedName("envelope_id") String envelopeId, String type, JsonObject payload,
            @SerializedName("accepts_response_payload") boolean acceptsResponsePayload,
            @SerializedName("retry_attempt") int retryAttempt, @SerializedName("retry_reason") String retryReason) {
    }

    private final Workspace workspace;
    private final Ids ids;
    private final LinkServer server;
    private final Set<String> tickets = new HashSet<>();
    private final List<WebSocket> open = new ArrayList<>();
    private final List<SocketAck> acks = new ArrayList<>();
    private final List<String> received = new ArrayList<>();
    private int connections;

    FakeSocketMode(Workspace workspace, Ids ids) {
        this.workspace = workspace;
        this.ids = ids;
        this.server = new LinkServer(this);
        server.startAndWait();
    }

    /** The ephemeral port it listens on. */
    public int port() {
        return server.getPort();
    }

    /** A new connection URL, as {@code apps.connections.open} answers: {@code ws://127.0.0.1:PORT/link/?ticket=…}. */
    public synchronized String newUrl() {
        String ticket = ids.envelopeId();
        tickets.add(ticket);
        return "ws://127.0.0.1:" + port() + "/link/?ticket=" + ticket + "&app_id=" + workspace.appId();
    }

    /**
     * Sends a payload in an envelope to the newest open connection (waiting up to 10 s for one), as a first delivery.
     *
     * @param type {@value #EVENTS_API}, {@value #SLASH_COMMANDS} or {@value #INTERACTIVE}
     * @return the envelope id, for {@link #awaitAck}
     */
    public String send(String type, JsonObject payload, boolean acceptsResponsePayload) {
        return send(type, payload, acceptsResponsePayload, 0, "");
    }

    /** Sends an envelope as a redelivery: {@code retry_attempt} and {@code retry_reason} ({@code timeout}…). */
    public String send(String type, JsonObject payload, boolean acceptsResponsePayload, int retryAttempt,
            String retryReason) {
        String envelopeId = ids.envelopeId();
        current().send(Json.GSON.toJson(new Envelope(envelopeId, type, payload.deepCopy(), acceptsResponsePayload,
                retryAttempt, retryReason)));
        return envelopeId;
    }

    /** Sends an Events API payload ({@code event_callback}), which accepts no response payload. */
    public String sendEvent(JsonObject payload) {
        return send(EVENTS_API, payload, false);
    }

    /** Sends a slash command (its fields as a JSON object), which accepts a response payload. */
    public String sendCommand(JsonObject command) {
        return send(SLASH_COMMANDS, command, true);
    }

    /** Sends an interactive payload ({@code block_actions}…), which accepts a response payload. */
    public String sendInteractive(JsonObject payload) {
        return send(INTERACTIVE, payload, true);
    }

    /**
     * The app's ack of an envelope, now or when it comes within {@code timeout} (Slack waits 3 s).
     *
     * @throws AssertionError if none comes in time
     */
    public SocketAck awaitAck(String envelopeId, Duration timeout) {
        return Waits.until(this,
                () -> acks.stream().filter(ack -> ack.envelopeId().equals(envelopeId)).findFirst().orElse(null),
                timeout, () -> "no ack of envelope " + envelopeId + " within " + timeout + "; acks: "
                        + acks.stream().map(SocketAck::envelopeId).toList());
    }

    /** Every ack received, in order. */
    public synchronized List<SocketAck> acks() {
        return List.copyOf(acks);
    }

    /** Every text message the app sent, acks included, in order. */
    public synchronized List<String> received() {
        return List.copyOf(received);
    }

    /** Sends Slack's {@code disconnect} (reason {@code refresh_requested}, {@code warning}…) to the newest one. */
    public void disconnect(String reason) {
        JsonObject message = control("disconnect");
        message.addProperty("reason", reason);
        current().send(Json.write(message));
    }

    /** Closes every open connection abruptly (no close handshake), as when the network fails. */
    public void dropConnections() {
        List<WebSocket> all;
        synchronized (this) {
            all = List.copyOf(open);
        }
        all.forEach(connection -> connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, "connection dropped"));
    }

    /** How many connections were accepted so far. */
    public synchronized int connectionCount() {
        return connections;
    }

    /** How many connections are open now. */
    public synchronized int openConnections() {
        return open.size();
    }

    /**
     * Waits until {@code count} connections were accepted in all.
     *
     * @throws AssertionError if fewer were within {@code timeout}
     */
    public void awaitConnections(int count, Duration timeout) {
        Waits.until(this, () -> connections >= count ? Boolean.TRUE : null, timeout,
                () -> connections + " connection(s) accepted within " + timeout + ", not " + count);
    }

    /** Stops the server, closing the connections, and waits for its threads. */
    @Override
    public void close() {
        server.shutdown();
    }

    synchronized void opened(WebSocket connection, String resource) {
        String ticket = query(resource, "ticket");
        if (ticket == null || !tickets.contains(ticket)) {
            connection.close(CloseFrame.POLICY_VALIDATION, "invalid_ticket");
            return;
        }
        // hello goes first, as with Slack: only then may an envelope be sent on the connection
        connection.send(Json.write(hello(open.size() + 1)));
        open.add(connection);
        connections++;
        notifyAll();
    }

    synchronized void closed(WebSocket connection) {
        open.remove(connection);
        notifyAll();
    }

    synchronized void received(String message) {
        received.add(message);
        try {
            JsonObject json = Json.parseObject(message);
            String envelopeId = Json.string(json, "envelope_id");
            if (envelopeId != null) {
                JsonElement payload = json.get("payload");
                acks.add(new SocketAck(envelopeId, payload == null ? null : payload.deepCopy(), Instant.now()));
            }
        } catch (JsonParseException e) {
            // not JSON: kept in received() only
        }
        notifyAll();
    }

    private WebSocket current() {
        return Waits.until(this, () -> open.isEmpty() ? null : open.get(open.size() - 1), CONNECTION_WAIT,
                () -> "no Socket Mode connection open within " + CONNECTION_WAIT);
    }

    private JsonObject hello(int connectionsOpen) {
        JsonObject hello = control("hello");
        hello.addProperty("num_connections", connectionsOpen);
        JsonObject debug = hello.getAsJsonObject("debug_info");
        debug.addProperty("build_number", 118);
        debug.addProperty("approximate_connection_time", 18060);
        JsonObject info = new JsonObject();
        info.addProperty("app_id", workspace.appId());
        hello.add("connection_info", info);
        return hello;
    }

    /** A message of Socket Mode's own ({@code hello}, {@code disconnect}), with the fake host's {@code debug_info}. */
    private static JsonObject control(String type) {
        JsonObject message = new JsonObject();
        message.addProperty("type", type);
        JsonObject debug = new JsonObject();
        debug.addProperty("host", "applink-fake-1");
        message.add("debug_info", debug);
        return message;
    }

    private static String query(String resource, String name) {
        int question = resource == null ? -1 : resource.indexOf('?');
        return question < 0 ? null : LoopbackRequest.decodeForm(resource.substring(question + 1)).get(name);
    }
}
