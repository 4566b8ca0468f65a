package org.relais.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.testing.MutableClock;
import org.relais.telegram.OkHttpTelegramApi;
import org.relais.telegram.fake.FakeTelegram;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/** What getWebhookInfo, as the fake Bot API answers it, makes of the webhook's health. */
class WebhookHealthTest {
    private static final String URL = "https://relais.example.org/telegram/webhook";

    private final FakeTelegram fake = FakeTelegram.start();
    private final OkHttpTelegramApi api = new OkHttpTelegramApi(fake.token(), URI.create(fake.url()), Duration.ofSeconds(5));
    private final MutableClock clock = new MutableClock(java.time.Instant.now());
    private final WebhookHealth health = new WebhookHealth(api, URL, clock);

    @AfterEach
    void close() {
        api.close();
        fake.close();
    }

    private void setWebhook(String url) throws Exception {
        api.setWebhook(SetWebhook.builder().url(url).secretToken("secret").build());
    }

    @Test
    void aRecentDeliveryErrorWithUpdatesWaitingIsNotConnected() throws Exception {
        setWebhook(URL);
        fake.webhookDeliveryFailed("Connection refused");
        fake.enqueue(fake.updates().privateText(42, "fr", "/start"));
        WebhookHealth.Reading reading = new WebhookHealth(api, URL, java.time.Clock.systemUTC()).read();
        assertThat(reading.connected()).isFalse();
        assertThat(reading.detail()).contains("Connection refused");
    }

    @Test
    void anErrorWithNothingWaitingIsHistory() throws Exception {
        setWebhook(URL);
        fake.webhookDeliveryFailed("Connection refused");
        assertThat(new WebhookHealth(api, URL, java.time.Clock.systemUTC()).read().connected())
                .as("nothing waits: the error is history").isTrue();
    }

    @Test
    void anotherInstancesWebhookIsNotOurs() throws Exception {
        setWebhook("https://elsewhere.example.org/hook");
        WebhookHealth.Reading reading = health.read();
        assertThat(reading.connected()).isFalse();
        assertThat(reading.detail()).contains("another URL");
    }

    @Test
    void telegramIsAskedAtMostEveryThirtySeconds() throws Exception {
        setWebhook(URL);
        health.read();
        health.read();
        clock.advance(Duration.ofSeconds(29));
        health.read();
        assertThat(fake.calls("getWebhookInfo")).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        health.read();
        assertThat(fake.calls("getWebhookInfo")).hasSize(2);
    }
}
