package org.relais.core.testing.loopback;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request to a fake, read whole before it is handled: its raw path and query, its headers and its body; with the
 * form decoding the platforms share ({@code application/x-www-form-urlencoded}, query strings). What the parameters
 * mean (JSON, multipart…) is each fake's business.
 */
public final class LoopbackRequest {

    private final String path;
    private final String rawQuery;
    private final HttpExchange exchange;
    private final byte[] body;

    private LoopbackRequest(HttpExchange exchange, byte[] body) {
        this.path = exchange.getRequestURI().getRawPath();
        this.rawQuery = exchange.getRequestURI().getRawQuery();
        this.exchange = exchange;
        this.body = body;
    }

    /** Reads the request's body to its end. */
    public static LoopbackRequest read(HttpExchange exchange) throws IOException {
        return new LoopbackRequest(exchange, exchange.getRequestBody().readAllBytes());
    }

    /** The path, not decoded, such as {@code /api/chat.postMessage}. */
    public String path() {
        return path;
    }

    /** The query string, not decoded, or null. */
    public String rawQuery() {
        return rawQuery;
    }

    /** The query's fields, decoded, in order (empty without a query). */
    public Map<String, String> query() {
        return rawQuery == null ? Map.of() : decodeForm(rawQuery);
    }

    /** A request header's first value, or null. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The {@code Content-Type} header, or null. */
    public String contentType() {
        return header("Content-Type");
    }

    /** Whether the content type is {@code mediaType} (compared case-insensitively, parameters ignored). */
    public boolean hasType(String mediaType) {
        String type = contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(mediaType.toLowerCase(Locale.ROOT));
    }

    /** The body's bytes (the array itself: do not change it). */
    public byte[] body() {
        return body;
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The fields of a form ({@code a=1&b=%C3%A9}), each name and value decoded, in order; a name without {@code =}
     * has an empty value, a name given twice keeps its last value.
     */
    public static Map<String, String> decodeForm(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            fields.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
