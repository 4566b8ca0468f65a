package org.relais.telegram.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.telegram.send.ScriptedApi.message;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.telegram.send.Verdict.Kind;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** Telegram's answers, parsed by the library itself, and what each one makes the sender do. */
class VerdictTest {

    @ParameterizedTest
    @CsvSource({"400, REJECTED", "401, REJECTED", "403, BLOCKED", "404, REJECTED", "409, REJECTED", "429, FLOOD",
            "500, RETRY", "502, RETRY", "503, RETRY"})
    void errorCodes(int code, Kind expected) {
        Verdict verdict = Verdict.of(ScriptedApi.parsed(message("1", "x"), "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"d\"}"));
        assertThat(verdict.kind()).isEqualTo(expected);
        assertThat(verdict.reason()).isEqualTo("error " + code);
    }

    @Test
    void a429CarriesRetryAfterOrOneSecondWhenTelegramSentNone() {
        Verdict told = Verdict.of(ScriptedApi.parsed(message("1", "x"), "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                + "\"parameters\":{\"retry_after\":7}}"));
        Verdict untold = Verdict.of(ScriptedApi.parsed(message("1", "x"), "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\"}"));
        assertThat(told.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(untold.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.afterFlood(told.retryAfter())).isEqualTo(Duration.ofMillis(7200).toNanos());
    }

    @Test
    void failuresOnTheWayAreRetriedLocalMistakesAreNot() {
        assertThat(Verdict.of(new TelegramApiException("Unable to execute", new SocketTimeoutException("timeout"))).kind())
                .isEqualTo(Kind.RETRY);
        assertThat(Verdict.of(new TelegramApiRequestException("Unable to deserialize response", new RuntimeException()))
                .kind()).isEqualTo(Kind.RETRY);
        assertThat(Verdict.of(new UncheckedIOException(new SocketTimeoutException("timeout"))).kind()).isEqualTo(Kind.RETRY);
        assertThat(Verdict.of(new TelegramApiValidationException("ChatId can't be empty", message("1", "x"))).kind())
                .isEqualTo(Kind.REJECTED);
        assertThat(Verdict.of(new NullPointerException()).kind()).isEqualTo(Kind.REJECTED);
    }

    @Test
    void theReasonNeverRepeatsTheExceptionsMessage() {
        Verdict verdict = Verdict.of(new TelegramApiException("https://api.telegram.org/bot123:SECRET/sendmessage failed"));
        assertThat(verdict.reason()).isEqualTo("TelegramApiException");
    }

    @Test
    void backoffDoublesWithinTwentyPercent() {
        Duration first = Duration.ofMillis(500);
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.afterFailure(first, 1)).isBetween(400 * 1_000_000L, 600 * 1_000_000L);
            assertThat(Backoff.afterFailure(first, 3)).isBetween(1600 * 1_000_000L, 2400 * 1_000_000L);
        }
    }
}
