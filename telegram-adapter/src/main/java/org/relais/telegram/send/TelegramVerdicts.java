package org.relais.telegram.send;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.relais.core.send.Judge;
import org.relais.core.send.Verdict;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What one attempt of a Bot API call came to, read from Telegram's answer: the single place where
 * Telegram's error codes turn into decisions, so that the sender's retry rules can be read (and
 * tested) in one place. 429 is a flood (wait {@code retry_after}, one second when Telegram sent
 * none); 5xx, and a failure on the way (no error code), is retried; 403 means the chat blocked the
 * bot or removed it; any other code, and any local error, is a rejection.
 */
final class TelegramVerdicts implements Judge {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    /** Two toggles in a row can ask for the same edit twice: expected, and the caller handles it. */
    private static final String NOT_MODIFIED = "message is not modified";

    @Override
    public Verdict judge(Throwable error) {
        String reason = reason(error);
        String description = description(error);
        if (error instanceof TelegramApiValidationException) {
            return Verdict.rejected(error, reason, description); // checked locally, never sent
        }
        int code = code(error);
        if (code == 0) {
            // The library builds a code-less exception when the call failed on the way (or the answer
            // could not be read). Any other exception is a local bug: retrying would not help.
            boolean onTheWay = error instanceof TelegramApiException || error instanceof UncheckedIOException;
            return onTheWay ? Verdict.retry(error, reason, description) : Verdict.rejected(error, reason, description);
        }
        if (code == 429) {
            return Verdict.flood(error, retryAfter((TelegramApiRequestException) error), reason, description);
        }
        if (code == 403) {
            return Verdict.blocked(error, reason, description);
        }
        if (code >= 500) {
            return Verdict.retry(error, reason, description);
        }
        Verdict rejected = Verdict.rejected(error, reason, description);
        return description.contains(NOT_MODIFIED) ? rejected.quietly() : rejected;
    }

    /** Telegram's error code, 0 when there is none (the call failed on the way, or locally). */
    private static int code(Throwable error) {
        return error instanceof TelegramApiRequestException request && request.getErrorCode() != null
                ? request.getErrorCode()
                : 0;
    }

    /** What a log may say about the failure: the code or the exception's type, never its message. */
    private static String reason(Throwable error) {
        int code = code(error);
        return code != 0 ? "error " + code : error.getClass().getSimpleName();
    }

    /** Telegram's description of a refusal ("Bad Request: chat not found"): it quotes no message text. */
    private static String description(Throwable error) {
        return error instanceof TelegramApiRequestException request && request.getApiResponse() != null
                ? request.getApiResponse() : "";
    }

    private static Duration retryAfter(TelegramApiRequestException error) {
        ResponseParameters parameters = error.getParameters();
        Integer seconds = parameters == null ? null : parameters.getRetryAfter();
        return seconds == null || seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
    }
}
