package org.relais.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.StoredConversation;
import org.relais.core.testing.TestCampaigns;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramSettings;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.send.FloodLimits;

/**
 * Webhook mode: setWebhook with the secret token, then updates posted to /telegram/webhook reach the
 * same handler as long polling, and only with the right secret: a wrong or missing one gets 401 and
 * the engine never sees the update.
 */
class WebhookTest {
    private static final String SECRET = "s3cr3t_Token-for-the_webhook";
    private static final long MARIE = 6023381147L;

    private final FakeTelegram fake = FakeTelegram.start();
    private final InMemoryStore store = new InMemoryStore();
    private final HttpServer server = server();
    private final TelegramBot bot = bot();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpServer server() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private TelegramBot bot() {
        Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR);
        // What Telegram is told (it calls https only); the test posts to the local server itself.
        URI hook = URI.create("https://relais.example.org" + WebhookHandler.PATH);
        TelegramBot started = TelegramBot.start(new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.of(hook),
                Optional.of(SECRET)), engine, FloodLimits.telegram());
        server.createContext(WebhookHandler.PATH, started.webhook().orElseThrow());
        server.start();
        return started;
    }

    @AfterEach
    void stop() {
        bot.close();
        server.stop(0);
        fake.close();
    }

    private int post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + WebhookHandler.PATH)).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private Optional<StoredConversation> marie() {
        return store.inTransaction(tx -> tx.conversations().find(new ConversationKey("telegram", Long.toString(MARIE))));
    }

    @Test
    void theWebhookIsSetWithItsSecretAndTheUpdatesAsked() {
        assertThat(fake.webhook().url()).endsWith(WebhookHandler.PATH);
        assertThat(fake.webhook().secretToken()).isEqualTo(SECRET);
        assertThat(fake.webhook().allowedUpdates()).contains("message", "callback_query", "my_chat_member");
    }

    @Test
    void theRightSecretReachesTheEngineAndTheAnswerIsSent() throws Exception {
        String update = fake.updates().privateText(MARIE, "fr", "/start").put("update_id", 77).toString();
        assertThat(post(SECRET, update)).isEqualTo(200);
        fake.awaitMessage(MARIE, text -> text.contains("Choisissez une action"), Duration.ofSeconds(10));
        assertThat(marie()).isPresent();
        assertThat(post(SECRET, update)).as("a redelivery is acknowledged").isEqualTo(200);
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndTouchesNothing() throws Exception {
        String update = fake.updates().privateText(MARIE, "fr", "/start").toString();
        assertThat(post("wrong", update)).isEqualTo(401);
        assertThat(post(null, update)).isEqualTo(401);
        assertThat(post(SECRET + "x", update)).isEqualTo(401);
        assertThat(post("", update)).isEqualTo(401);
        assertThat(marie()).as("the engine never saw the update").isEmpty();
        assertThat(fake.calls("sendMessage")).isEmpty();
    }

    @Test
    void garbageWithTheRightSecretIsABadRequest() throws Exception {
        assertThat(post(SECRET, "not json")).isEqualTo(400);
        assertThat(marie()).isEmpty();
    }
}
