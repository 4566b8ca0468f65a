package org.relais.telegram;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One Bot API call, made synchronously. The production implementation is TelegramBots' OkHttp
 * client; tests script answers (a 429 with {@code retry_after}, a 500, a 403) without a network.
 * A photo is a call of its own: TelegramBots sends it as a multipart upload, not as a JSON method.
 */
public interface TelegramApi {

    /**
     * @throws TelegramApiException a {@code TelegramApiRequestException} when Telegram answered with
     *     an error (its code and, for 429, {@code retry_after}); any other kind when the call failed
     *     on the way (connection refused, timeout)
     */
    <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException;

    /** Uploads a photo ({@code sendPhoto}, multipart); throws as {@link #call} does. */
    Message sendPhoto(SendPhoto photo) throws TelegramApiException;
}
