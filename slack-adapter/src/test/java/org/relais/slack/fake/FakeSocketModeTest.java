package org.relais.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.request.EventsApiEnvelope;
import com.slack.api.socket_mode.response.AckResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Socket Mode with the SDK's own client on the Java-WebSocket backend: hello, envelopes, acks, reconnection. */
class FakeSocketModeTest extends WithFakeSlack {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<EventsApiEnvelope> events = new CopyOnWriteArrayList<>();
    private SocketModeClient client;

    /** The SDK's client, acking every events_api envelope, connected. */
    private SocketModeClient connect() throws Exception {
        client = slack.socketMode(fake.appToken(), SocketModeClient.Backend.JavaWebSocket);
        client.addWebSocketMessageListener(messages::add);
        client.addEventsApiEnvelopeListener(envelope -> {
            events.add(envelope);
            client.sendSocketModeResponse(AckResponse.builder().envelopeId(envelope.getEnvelopeId()).build());
        });
        client.connect();
        fake.socketMode().awaitConnections(1, WAIT);
        return client;
    }

    @AfterEach
    void closeClient() throws Exception {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void theSdkClientConnectsIsGreetedAndAcksAnEvent() throws Exception {
        connect();
        FakeSocketMode socket = fake.socketMode();

        String envelopeId = socket.sendEvent(fake.events().dm("U0SOCKET", "hello there"));
        SocketAck ack = socket.awaitAck(envelopeId, WAIT);

        assertThat(ack.hasPayload()).isFalse();
        assertThat(events).singleElement().satisfies(envelope -> {
            assertThat(envelope.getEnvelopeId()).isEqualTo(envelopeId);
            assertThat(envelope.getAcceptsResponsePayload()).isFalse();
            assertThat(envelope.getRetryAttempt()).isZero();
            JsonObject event = envelope.getPayload().getAsJsonObject().getAsJsonObject("event");
            assertThat(event.get("text").getAsString()).isEqualTo("hello there");
            assertThat(event.get("channel_type").getAsString()).isEqualTo("im");
        });
        JsonObject hello = Json.parseObject(messages.get(0));
        assertThat(hello.get("type").getAsString()).isEqualTo("hello");
        assertThat(hello.get("num_connections").getAsInt()).isEqualTo(1);
        assertThat(hello.getAsJsonObject("connection_info").get("app_id").getAsString()).isEqualTo(fake.appId());
        assertThat(hello.getAsJsonObject("debug_info").get("approximate_connection_time").getAsInt()).isPositive();
        assertThat(fake.calls("apps.connections.open")).hasSize(1);
    }

    @Test
    void aSlashCommandAckCarriesTheResponsePayload() throws Exception {
        connect();
        client.addSlashCommandsEnvelopeListener(envelope -> client.sendSocketModeResponse(
                "{\"envelope_id\":\"" + envelope.getEnvelopeId() + "\",\"payload\":{\"text\":\"pong\"}}"));
        FakeSocketMode socket = fake.socketMode();

        String envelopeId = socket.sendCommand(fake.events().command("U0SOCKET", fake.dmChannel("U0SOCKET"),
                "/relais", "ping"));
        SocketAck ack = socket.awaitAck(envelopeId, WAIT);

        assertThat(ack.payload().getAsJsonObject().get("text").getAsString()).isEqualTo("pong");
        assertThat(socket.acks()).extracting(SocketAck::envelopeId).containsExactly(envelopeId);
    }

    @Test
    void aRetriedEnvelopeSaysSo() throws Exception {
        connect();

        String envelopeId = fake.socketMode().send(FakeSocketMode.EVENTS_API, fake.events().dm("U0SOCKET", "again"),
                false, 2, "timeout");
        fake.socketMode().awaitAck(envelopeId, WAIT);

        assertThat(events).singleElement().satisfies(envelope -> {
            assertThat(envelope.getRetryAttempt()).isEqualTo(2);
            assertThat(envelope.getRetryReason()).isEqualTo("timeout");
        });
    }

    @Test
    void aDisconnectMakesTheSdkReconnectAndEnvelopesGoToTheNewConnection() throws Exception {
        connect();
        FakeSocketMode socket = fake.socketMode();

        socket.disconnect("refresh_requested");
        socket.awaitConnections(2, WAIT);
        String envelopeId = socket.sendEvent(fake.events().dm("U0SOCKET", "after"));
        socket.awaitAck(envelopeId, WAIT);

        assertThat(socket.connectionCount()).isEqualTo(2);
        assertThat(fake.calls("apps.connections.open")).hasSize(2);
        assertThat(events).extracting(e -> e.getPayload().getAsJsonObject().getAsJsonObject("event").get("text")
                .getAsString()).containsExactly("after");
    }

    @Test
    void droppedConnectionsAreClosed() throws Exception {
        connect();
        FakeSocketMode socket = fake.socketMode();

        socket.dropConnections();

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (socket.openConnections() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(socket.openConnections()).isZero();
    }

    @Test
    void aUrlTheFakeDidNotHandOutIsRefused() throws Exception {
        FakeSocketMode socket = fake.socketMode();
        CountDownLatch closed = new CountDownLatch(1);
        List<String> received = new CopyOnWriteArrayList<>();
        int[] code = new int[1];
        WebSocketClient stranger = new WebSocketClient(URI.create("ws://127.0.0.1:" + socket.port()
                + "/link/?ticket=forged")) {
            @Override
            public void onOpen(ServerHandshake handshake) {
            }

            @Override
            public void onMessage(String message) {
                received.add(message);
            }

            @Override
            public void onClose(int closeCode, String reason, boolean remote) {
                code[0] = closeCode;
                closed.countDown();
            }

            @Override
            public void onError(Exception error) {
            }
        };

        stranger.connectBlocking(5, TimeUnit.SECONDS);
        boolean wasClosed = closed.await(5, TimeUnit.SECONDS);
        stranger.closeBlocking();

        assertThat(wasClosed).isTrue();
        assertThat(code[0]).isEqualTo(1008);
        assertThat(received).isEmpty();
        assertThat(socket.connectionCount()).isZero();
    }
}
