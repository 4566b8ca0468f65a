package org.relais.telegram.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.telegram.send.ScriptedApi.message;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.core.send.Verdict;
import org.relais.core.send.Verdict.Kind;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** Telegram's answers, parsed by the library itself, and what each one makes the sender do. */
class TelegramVerdictsTest {

    private static final TelegramVerdicts TELEGRAM = new TelegramVerdicts();

    @ParameterizedTest
    @CsvSource({"400, REJECTED", "401, REJECTED", "403, BLOCKED", "404, REJECTED", "409, REJECTED", "429, FLOOD",
            "500, RETRY", "502, RETRY", "503, RETRY"})
    void errorCodes(int code, Kind expected) {
        Verdict verdict = TELEGRAM.judge(ScriptedApi.parsed(message("1", "x"), "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"d\"}"));
        assertThat(verdict.kind()).isEqualTo(expected);
        assertThat(verdict.reason()).isEqualTo("error " + code);
    }

    @Test
    void a429CarriesRetryAfterOrOneSecondWhenTelegramSentNone() {
        Verdict told = TELEGRAM.judge(ScriptedApi.parsed(message("1", "x"), "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                + "\"parameters\":{\"retry_after\":7}}"));
        Verdict untold = TELEGRAM.judge(ScriptedApi.parsed(message("1", "x"), "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\"}"));
        assertThat(told.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(untold.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failuresOnTheWayAreRetriedLocalMistakesAreNot() {
        assertThat(TELEGRAM.judge(new TelegramApiException("Unable to execute", new SocketTimeoutException("timeout"))).kind())
                .isEqualTo(Kind.RETRY);
        assertThat(TELEGRAM.judge(new TelegramApiRequestException("Unable to deserialize response", new RuntimeException()))
                .kind()).isEqualTo(Kind.RETRY);
        assertThat(TELEGRAM.judge(new UncheckedIOException(new SocketTimeoutException("timeout"))).kind()).isEqualTo(Kind.RETRY);
        assertThat(TELEGRAM.judge(new TelegramApiValidationException("ChatId can't be empty", message("1", "x"))).kind())
                .isEqualTo(Kind.REJECTED);
        assertThat(TELEGRAM.judge(new NullPointerException()).kind()).isEqualTo(Kind.REJECTED);
    }

    @Test
    void theReasonNeverRepeatsTheExceptionsMessage() {
        Verdict verdict = TELEGRAM.judge(new TelegramApiException("https://api.telegram.org/bot123:SECRET/sendmessage failed"));
        assertThat(verdict.reason()).isEqualTo("TelegramApiException");
    }

    @Test
    void messageIsNotModifiedIsAQuietRejectionOtherRefusalsAreNot() {
        Verdict notModified = TELEGRAM.judge(ScriptedApi.parsed(message("1", "x"),
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is not modified\"}"));
        Verdict notFound = TELEGRAM.judge(ScriptedApi.parsed(message("1", "x"),
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"));
        assertThat(notModified.kind()).isEqualTo(Kind.REJECTED);
        assertThat(notModified.quiet()).isTrue();
        assertThat(notFound.quiet()).isFalse();
        assertThat(notFound.description()).isEqualTo("Bad Request: chat not found");
    }
}
