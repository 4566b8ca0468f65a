package org.relais.telegram;

/** Telegram could not be started (the token refused, the API unreachable): one line, no secret in it. */
public final class TelegramStartException extends RuntimeException {
    public TelegramStartException(String message) {
        super(message);
    }
}
