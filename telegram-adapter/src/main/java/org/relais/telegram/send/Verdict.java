package org.relais.telegram.send;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What one attempt of a call came to, read from Telegram's answer: the single place where error codes
 * turn into decisions, so that the sender's retry rules can be read (and tested) in one place.
 *
 * @param kind what to do next
 * @param error the exception (null when delivered)
 * @param retryAfter for a 429, Telegram's {@code retry_after} (one second when it sent none)
 */
record Verdict(Kind kind, Throwable error, Duration retryAfter) {

    enum Kind {
        /** Telegram took the call. */
        DELIVERED,
        /** 429: not delivered; wait {@code retry_after}, then make the same call again. */
        FLOOD,
        /** A 5xx, or a failure on the way (no error code: connection refused, timeout): back off, retry. */
        RETRY,
        /** 403: the user blocked the bot, or the bot left the chat; nothing more can reach it. */
        BLOCKED,
        /** Any other answer (400 Bad Request…), or a local error: retrying would get the same. */
        REJECTED
    }

    static final Verdict DELIVERED = new Verdict(Kind.DELIVERED, null, Duration.ZERO);

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    static Verdict of(Throwable error) {
        if (error instanceof TelegramApiValidationException) {
            return new Verdict(Kind.REJECTED, error, Duration.ZERO); // checked locally, never sent
        }
        int code = error instanceof TelegramApiRequestException request && request.getErrorCode() != null
                ? request.getErrorCode()
                : 0;
        if (code == 0) {
            // The library builds a code-less exception when the call failed on the way (or the answer
            // could not be read). Any other exception is a local bug: retrying would not help.
            boolean onTheWay = error instanceof TelegramApiException || error instanceof UncheckedIOException;
            return new Verdict(onTheWay ? Kind.RETRY : Kind.REJECTED, error, Duration.ZERO);
        }
        if (code == 429) {
            return new Verdict(Kind.FLOOD, error, retryAfter((TelegramApiRequestException) error));
        }
        Kind kind = code == 403 ? Kind.BLOCKED : code >= 500 ? Kind.RETRY : Kind.REJECTED;
        return new Verdict(kind, error, Duration.ZERO);
    }

    /** What a log may say about the failure: the code or the exception's type, never its message. */
    String reason() {
        if (error instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() != 0) {
            return "error " + request.getErrorCode();
        }
        return error == null ? "none" : error.getClass().getSimpleName();
    }

    /** Telegram's description of a refusal ("Bad Request: chat not found"): it quotes no message text. */
    String description() {
        return error instanceof TelegramApiRequestException request && request.getApiResponse() != null
                ? request.getApiResponse() : "";
    }

    /** Two toggles in a row can ask for the same message twice: expected, and the caller handles it. */
    boolean isNotModified() {
        return description().contains("message is not modified");
    }

    private static Duration retryAfter(TelegramApiRequestException error) {
        ResponseParameters parameters = error.getParameters();
        Integer seconds = parameters == null ? null : parameters.getRetryAfter();
        return seconds == null || seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
    }
}
