package org.relais.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import org.relais.core.testing.loopback.LoopbackRequest;

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

    static Params read(LoopbackRequest request) {
        JsonObject values = new JsonObject();
        request.query().forEach(values::addProperty);
        String text = request.text();
        if (text.isBlank()) {
            return new Params(values);
        }
        if (request.hasType("application/json")) {
            try {
                Json.parseObject(text).entrySet().forEach(entry -> values.add(entry.getKey(), entry.getValue()));
            } catch (JsonParseException e) {
                throw ApiError.invalid("invalid_json");
            }
        } else {
            LoopbackRequest.decodeForm(text).forEach(values::addProperty);
        }
        return new Params(values);
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
