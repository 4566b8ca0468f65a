package org.relais.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A Web API request's parameters, read as Slack accepts them: the query string, then an
 * {@code application/x-www-form-urlencoded} body (every value a string; {@code blocks} and {@code view} as JSON text)
 * or an {@code application/json} one (values keep their JSON type). The getters accept both forms.
 */
final class Params {

    private final JsonObject values;

    Params(JsonObject values) {
        this.values = values;
    }

    static Params read(String rawQuery, String contentType, byte[] body) {
        JsonObject values = new JsonObject();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            putForm(values, rawQuery);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new Params(values);
        }
        if (type.startsWith("application/json")) {
            try {
                Json.parseObject(text).entrySet().forEach(entry -> values.add(entry.getKey(), entry.getValue()));
            } catch (JsonParseException e) {
                throw ApiError.invalid("invalid_json");
            }
        } else {
            putForm(values, text);
        }
        return new Params(values);
    }

    /** Reads {@code a=1&b=2} into {@code values}, decoding each name and value. */
    static void putForm(JsonObject values, String form) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            values.addProperty(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** All the parameters but the token, for the record. */
    JsonObject recorded() {
        JsonObject copy = values.deepCopy();
        copy.remove("token");
        return copy;
    }

    boolean has(String name) {
        JsonElement value = values.get(name);
        return value != null && !value.isJsonNull();
    }

    /** The value as text (a number or boolean as its text, a structure as its JSON), or null when absent. */
    String string(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        return value.isJsonPrimitive() ? value.getAsString() : Json.write(value);
    }

    /** Whether the value is {@code true} or {@code 1}, as Slack reads boolean arguments. */
    boolean flag(String name) {
        String text = string(name);
        return "true".equalsIgnoreCase(text) || "1".equals(text);
    }

    /**
     * A structured value ({@code blocks}, {@code view}): the JSON itself, or JSON text parsed; null when absent.
     *
     * @throws JsonParseException if it is text that is not JSON
     */
    JsonElement structured(String name) {
        JsonElement value = values.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return Json.parse(value.getAsString());
        }
        return value;
    }
}
