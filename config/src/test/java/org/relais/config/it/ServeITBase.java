package org.relais.config.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.relais.telegram.fake.FakeTelegram;

/** {@code relais serve} from the real jar, on a free port, in a fresh directory (so a fresh H2 file). */
abstract class ServeITBase {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    final int port = freePort();
    RelaisProcess relais;

    @AfterEach
    void stopRelais() {
        if (relais != null) {
            relais.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings of {@code relais serve} on {@code telegram} and this test's port; a new map the test may add to. */
    Map<String, String> telegramEnv(FakeTelegram telegram) {
        Map<String, String> env = new HashMap<>();
        env.put("RELAIS_TELEGRAM_TOKEN", telegram.token());
        env.put("RELAIS_TELEGRAM_API_URL", telegram.url());
        env.put("RELAIS_HTTP_PORT", Integer.toString(port));
        return env;
    }

    /** Starts {@code relais serve} and waits until {@code /healthz} says every platform is connected. */
    RelaisProcess serve(Map<String, String> env) throws Exception {
        relais = RelaisProcess.start(dir, env, "serve");
        awaitHealth();
        return relais;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitHealth() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get("/healthz").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("relais serve did not answer /healthz; its log:\n" + relais.stderr());
    }
}
