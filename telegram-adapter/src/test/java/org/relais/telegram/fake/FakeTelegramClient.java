package org.relais.telegram.fake;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * TelegramBots' own {@link OkHttpTelegramClient} pointed at a {@link FakeTelegram}, with an OkHttp client that
 * {@link #close()} shuts down (dispatcher and connection pool), so that tests leak no thread.
 */
public final class FakeTelegramClient implements AutoCloseable {

    private final OkHttpClient okHttp;
    private final TelegramClient client;
    private final TelegramUrl url;

    /** A client with OkHttp's default timeouts (10 s). */
    public FakeTelegramClient(FakeTelegram fake) {
        this(fake, Duration.ofSeconds(10));
    }

    /** A client whose calls time out after {@code callTimeout}. */
    public FakeTelegramClient(FakeTelegram fake, Duration callTimeout) {
        this.okHttp = new OkHttpClient.Builder().callTimeout(callTimeout).readTimeout(callTimeout).build();
        this.url = new TelegramUrl("http", fake.host(), fake.port(), false);
        this.client = new OkHttpTelegramClient(okHttp, fake.token(), url);
    }

    /** The TelegramBots client. */
    public TelegramClient client() {
        return client;
    }

    /** The {@link TelegramUrl} of the fake, for TelegramBots' long-polling application. */
    public TelegramUrl telegramUrl() {
        return url;
    }

    /** The OkHttp client underneath, to share with TelegramBots' long-polling application. */
    public OkHttpClient okHttp() {
        return okHttp;
    }

    @Override
    public void close() {
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
    }
}
