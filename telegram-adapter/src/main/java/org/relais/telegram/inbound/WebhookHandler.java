package org.relais.telegram.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /telegram/webhook}: Telegram's pushed updates, into the same handler as long polling.
 * Telegram repeats the secret token given to setWebhook in {@code X-Telegram-Bot-Api-Secret-Token};
 * TelegramBots does not check it, so this does, in constant time, before anything else: a request
 * without the right secret gets 401 and reaches nothing.
 */
public final class WebhookHandler implements HttpHandler {
    public static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    private static final int MAX_BODY = 1 << 20;

    private final byte[] secret;
    private final Consumer<Update> handler;
    private final ObjectMapper json = new ObjectMapper();

    public WebhookHandler(String secret, Consumer<Update> handler) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.handler = handler;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "{\"error\":\"POST only\"}");
                return;
            }
            if (!secretMatches(exchange.getRequestHeaders().getFirst(SECRET_HEADER))) {
                LOG.warn("a webhook request without the right secret token was refused");
                reply(exchange, 401, "{\"error\":\"unauthorized\"}");
                return;
            }
            Update update;
            try (InputStream body = exchange.getRequestBody()) {
                update = json.readValue(body.readNBytes(MAX_BODY), Update.class);
            } catch (IOException e) {
                reply(exchange, 400, "{\"error\":\"not an update\"}");
                return;
            }
            handler.accept(update);
            reply(exchange, 200, "{}");
        }
    }

    /** Constant time: how much of the secret a guess matches must not show in the response time. */
    boolean secretMatches(String header) {
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, given);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
