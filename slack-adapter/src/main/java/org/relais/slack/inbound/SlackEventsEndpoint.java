package org.relais.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: events, slash commands and interactivity, in HTTP mode. The signature
 * is checked first ({@link SignatureCheck}): a request without a good one gets 401 and reaches
 * nothing. Then Bolt reads and routes it, and its answer (the acknowledgement, or the challenge of a
 * {@code url_verification}) goes back.
 */
public final class SlackEventsEndpoint implements HttpHandler {
    public static final String PATH = "/slack/events";
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsEndpoint.class);
    private static final int MAX_BODY = 1 << 20;

    private final SignatureCheck signature;
    private final App app;
    private final SlackRequestParser parser;

    public SlackEventsEndpoint(SignatureCheck signature, App app) {
        this.signature = signature;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "application/json", "{\"error\":\"POST only\"}");
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                reply(exchange, 413, "application/json", "{\"error\":\"too large\"}");
                return;
            }
            if (!signature.verify(exchange.getRequestHeaders().getFirst(SignatureCheck.TIMESTAMP),
                    exchange.getRequestHeaders().getFirst(SignatureCheck.SIGNATURE), body)) {
                LOG.warn("a Slack request without a valid signature or with a stale timestamp was refused");
                reply(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
                return;
            }
            Response response = run(exchange, new String(body, StandardCharsets.UTF_8));
            response.getHeaders().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
            reply(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
        }
    }

    private Response run(HttpExchange exchange, String body) {
        Map<String, List<String>> headers = new HashMap<>(exchange.getRequestHeaders());
        String query = exchange.getRequestURI().getRawQuery();
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(exchange.getRequestURI().getPath())
                .queryString(query == null ? Map.of() : QueryStringParser.toMap(query))
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                .build();
        try {
            Request<?> request = parser.parse(raw);
            if (request == null) {
                return Response.builder().statusCode(400).contentType("application/json").body("{\"error\":\"not a Slack request\"}").build();
            }
            return app.run(request);
        } catch (Exception e) {
            // Slack sends an event again after a 5xx; interactions are the person's to try again.
            LOG.error("a signed Slack request failed in Bolt ({})", e.getClass().getSimpleName(), e);
            return Response.builder().statusCode(500).contentType("application/json").body("{\"error\":\"internal\"}").build();
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
