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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.relais.core.platform.PlatformStatus;
import org.relais.telegram.fake.TelegramChat;
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
    private final AtomicBoolean webhookSetBeforeMount = new AtomicBoolean(true);
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
        server.start();
        return TelegramBot.start(new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.of(hook),
                Optional.of(SECRET)), engine, FloodLimits.telegram(), (path, endpoint) -> {
                    webhookSetBeforeMount.set(fake.webhook().isSet());
                    server.createContext(path, endpoint);
                });
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
    void theEndpointIsMountedBeforeTelegramIsToldToUseIt() {
        assertThat(webhookSetBeforeMount).as("the first update must find the route").isFalse();
        assertThat(fake.webhook().isSet()).isTrue();
    }

    @Test
    void healthSaysSoWhenTelegramCannotDeliverToTheWebhook() {
        fake.webhookDeliveryFailed("Connection refused");
        fake.enqueue(fake.updates().privateText(MARIE, "fr", "/start"));
        PlatformStatus status = bot.status();
        assertThat(status.mode()).isEqualTo("webhook");
        assertThat(status.connected()).isFalse();
        assertThat(status.detail()).contains("Connection refused");
    }

    @Test
    void healthIsGoodWhileTelegramDeliversWithoutError() {
        assertThat(bot.status().connected()).isTrue();
    }

    /**
     * Telegram posts a person's two quick presses of a toggle in parallel: they are handled one after
     * the other, so the message ends showing the stored state (toggled twice: as it was), never the
     * older state edited over the newer one. (That one person's updates are taken one at a time is
     * shown deterministically in {@link UpdateHandlerTest}; this is the whole path.)
     */
    @Test
    void twoPressesPostedAtOnceEndWithTheMessageShowingTheStoredState() throws Exception {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        postAndAwait(fake.updates().privateText(MARIE, "fr", "/start"), "Financement du PSOC");
        postAndAwait(press(chat.button("Financement du PSOC")), "1");
        postAndAwait(press(chat.button("1")), "Suivant");
        postAndAwait(press(chat.button("Suivant")), "#PSOC");
        TelegramChat.Button first = chat.button("#polQc");
        TelegramChat.Button second = first;
        int edits = fake.calls("editMessageText").size();
        ObjectNode one = press(first);
        ObjectNode two = press(second);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> postQuietly(one));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> postQuietly(two));
        assertThat(a.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(b.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fake.calls("editMessageText").size() < edits + 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        String shown = fake.messages(MARIE).stream().filter(m -> m.messageId() == first.messageId()).findFirst()
                .orElseThrow().replyMarkup().toString();
        assertThat(shown).contains(first.label());
    }

    private ObjectNode press(TelegramChat.Button button) {
        return fake.updates().callback(MARIE, "fr", button.messageId(), button.data());
    }

    private final AtomicInteger updateIds = new AtomicInteger(1000);

    private void postAndAwait(ObjectNode update, String expectedButton) throws Exception {
        update.put("update_id", updateIds.incrementAndGet());
        assertThat(post(SECRET, update.toString())).isEqualTo(200);
        new TelegramChat(fake, MARIE, "fr").button(expectedButton);
    }

    private int postQuietly(ObjectNode update) {
        update.put("update_id", updateIds.incrementAndGet());
        try {
            return post(SECRET, update.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
