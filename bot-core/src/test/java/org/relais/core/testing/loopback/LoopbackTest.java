package org.relais.core.testing.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shared pieces of the loopback fakes, on their own. */
class LoopbackTest {

    private record Call(String method, int status) {
    }

    @Test
    void aServerReadsTheRequestAndSendsTheAnswer() throws IOException, InterruptedException {
        try (LoopbackServer server = new LoopbackServer("loopback-test", "127.0.0.1", exchange -> {
            try (exchange) {
                LoopbackRequest request = LoopbackRequest.read(exchange);
                String echo = request.path() + " " + request.query() + " "
                        + request.hasType("application/x-www-form-urlencoded") + " "
                        + LoopbackRequest.decodeForm(request.text());
                Answers.send(exchange, 201, "text/plain", echo.getBytes(StandardCharsets.UTF_8));
            }
        })) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/api/x?a=1&b=%C3%A9"))
                            .header("Content-Type", "Application/X-WWW-Form-Urlencoded; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString("text=a+b%26c&flag&text=last")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.body()).isEqualTo("/api/x {a=1, b=é} true {text=last, flag=}");
        }
    }

    @Test
    void aMethodsOwnFaultsComeBeforeTheWildcardsAndNamesCompareByKey() {
        Faults<IllegalStateException> faults = new Faults<>(name -> name.toLowerCase(Locale.ROOT));
        IllegalStateException own = new IllegalStateException("own");
        IllegalStateException any = new IllegalStateException("any");
        faults.failNext(Faults.ANY, 1, any);
        faults.failNext("sendMessage", 2, own);
        faults.delayNext("SENDMESSAGE", 1, Duration.ofMillis(5));
        faults.latency(Duration.ofMillis(1));

        assertThat(faults.takeDelay("sendmessage")).isEqualTo(Duration.ofMillis(6));
        assertThat(faults.takeDelay("sendMessage")).isEqualTo(Duration.ofMillis(1));
        assertThatThrownBy(() -> faults.apply("SendMessage")).isSameAs(own);
        assertThat(faults.takeFailure("sendMessage")).isSameAs(own);
        assertThat(faults.takeFailure("getMe")).isSameAs(any);
        faults.apply("getMe");
        assertThatThrownBy(() -> faults.failNext("getMe", 0, own)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.delayNext("getMe", 1, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallLogCountsThe429sAndAwaitsACallToCome() throws InterruptedException {
        CallLog<Call, Call> log = new CallLog<>(Call::status, Call::method);
        log.record(new Call("a", 200), null);
        log.record(new Call("b", 429), new Call("b", 429));
        Thread later = new Thread(() -> {
            Waits.pause(Duration.ofMillis(50));
            log.record(new Call("c", 200), null);
        });
        later.start();

        assertThat(log.await(1, call -> call.status() == 200, Duration.ofSeconds(5)).method()).isEqualTo("c");
        later.join();
        assertThat(log.calls()).extracting(Call::method).containsExactly("a", "b", "c");
        assertThat(log.rejections()).hasSize(1);
        assertThat(log.tooManyRequests()).isEqualTo(1);
        assertThatThrownBy(() -> log.await(call -> call.method().equals("d"), Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("calls: [a, b, c]");
    }
}
