package org.relais.telegram;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * TelegramBots' OkHttp client on our own OkHttpClient, so that closing it really ends its threads
 * (the library's default leaves OkHttp's non-daemon dispatcher alive, and the JVM would not exit).
 * The base URL is a setting: a self-hosted Bot API server, or a test's loopback fake.
 */
public final class OkHttpTelegramApi implements TelegramApi, AutoCloseable {
    private final OkHttpClient http;
    private final OkHttpTelegramClient client;

    /** @param readTimeout longer than the long-poll timeout when this client polls */
    public OkHttpTelegramApi(String token, URI apiUrl, Duration readTimeout) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
        this.client = new OkHttpTelegramClient(http, token, url(apiUrl));
    }

    static TelegramUrl url(URI apiUrl) {
        boolean https = "https".equalsIgnoreCase(apiUrl.getScheme());
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }

    @Override
    public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
        return client.execute(method);
    }

    @Override
    public Message sendPhoto(SendPhoto photo) throws TelegramApiException {
        return client.execute(photo);
    }

    /** setWebhook is not a plain BotApiMethod in TelegramBots (it can upload a certificate). */
    public boolean setWebhook(SetWebhook setWebhook) throws TelegramApiException {
        return Boolean.TRUE.equals(client.execute(setWebhook));
    }

    /** Cancels the calls in flight (a long poll): they end with an IOException at once. */
    public void cancelCalls() {
        http.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
