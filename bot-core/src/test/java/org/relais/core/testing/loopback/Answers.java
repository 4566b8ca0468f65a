package org.relais.core.testing.loopback;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writing a fake's answer, as every fake does once it has its status and body. */
public final class Answers {

    private Answers() {
    }

    /**
     * Sends the status, the content type (other headers are set on the exchange before) and the body; an empty body
     * is sent as none. A client that is gone (it timed out, say) is not an error: there is nothing to answer.
     */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        try {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client is gone: nothing to answer
        }
    }
}
