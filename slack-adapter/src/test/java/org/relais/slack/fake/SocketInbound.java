package org.relais.slack.fake;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Objects;

/**
 * Delivers Slack's requests over the fake's Socket Mode connection: each payload goes in an envelope to the app's
 * newest connection, and the call returns the app's ack (failing if none comes within the wait, 10 s by default).
 */
public final class SocketInbound implements Inbound {

    private final FakeSocketMode socket;
    private final Duration ackWait;
    private final int retryAttempt;
    private final String retryReason;

    /** Delivers over {@code socket} (from {@link FakeSlack#socketMode()}), as first deliveries. */
    public SocketInbound(FakeSocketMode socket) {
        this(socket, Duration.ofSeconds(10), 0, "");
    }

    private SocketInbound(FakeSocketMode socket, Duration ackWait, int retryAttempt, String retryReason) {
        this.socket = Objects.requireNonNull(socket);
        this.ackWait = ackWait;
        this.retryAttempt = retryAttempt;
        this.retryReason = retryReason;
    }

    /** The same, waiting at most {@code wait} for each ack. */
    public SocketInbound withAckWait(Duration wait) {
        return new SocketInbound(socket, wait, retryAttempt, retryReason);
    }

    @Override
    public SocketInbound retried(int attempt, String reason) {
        return new SocketInbound(socket, ackWait, attempt, reason);
    }

    @Override
    public Answer event(JsonObject payload) {
        return deliver(FakeSocketMode.EVENTS_API, payload, false);
    }

    @Override
    public Answer command(JsonObject fields) {
        return deliver(FakeSocketMode.SLASH_COMMANDS, fields, true);
    }

    @Override
    public Answer interactive(JsonObject payload) {
        return deliver(FakeSocketMode.INTERACTIVE, payload, true);
    }

    private Answer deliver(String type, JsonObject payload, boolean acceptsResponsePayload) {
        long start = System.nanoTime();
        String envelopeId = socket.send(type, payload, acceptsResponsePayload, retryAttempt, retryReason);
        SocketAck ack = socket.awaitAck(envelopeId, ackWait);
        return new Answer(200, ack.hasPayload() ? Json.write(ack.payload()) : "",
                Duration.ofNanos(System.nanoTime() - start));
    }
}
