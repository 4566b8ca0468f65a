package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request's parameters as Telegram accepts them: the query string, then the body as JSON,
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data}. A file part becomes
 * {@code {"file_name":…,"bytes":N}}.
 */
final class RequestReader {

    private RequestReader() {
    }

    static Params read(String rawQuery, String contentType, byte[] body) {
        ObjectNode values = Params.JSON.createObjectNode();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            putForm(values, rawQuery);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return new Params(values);
        }
        if (type.startsWith("application/json")) {
            putJson(values, body);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            putForm(values, new String(body, StandardCharsets.UTF_8));
        } else if (Multipart.isMultipart(contentType)) {
            for (Multipart.Part part : Multipart.parse(contentType, body)) {
                if (part.fileName() == null) {
                    values.put(part.name(), part.text());
                } else {
                    values.putObject(part.name()).put("file_name", part.fileName()).put("bytes", part.content().length);
                }
            }
        }
        return new Params(values);
    }

    private static void putJson(ObjectNode values, byte[] body) {
        JsonNode tree;
        try {
            tree = Params.JSON.readTree(body);
        } catch (IOException e) {
            throw ApiError.badRequest("can't parse JSON object");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw ApiError.badRequest("can't parse JSON object");
        }
        values.setAll(object);
    }

    private static void putForm(ObjectNode values, String form) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            values.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
