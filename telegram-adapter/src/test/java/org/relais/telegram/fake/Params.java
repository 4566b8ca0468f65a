package org.relais.telegram.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A request's parameters, whatever way they came (query, form, JSON, multipart). Form and multipart values are
 * strings, JSON values keep their type: the getters accept both, as Telegram does ({@code chat_id} as a number or a
 * string, {@code reply_markup} as an object or a JSON string).
 */
final class Params {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode values;
    private final Map<String, byte[]> files;

    Params(ObjectNode values) {
        this(values, Map.of());
    }

    /** @param files the uploaded files' bytes, by part name (the values hold their name and size) */
    Params(ObjectNode values, Map<String, byte[]> files) {
        this.values = values;
        this.files = Map.copyOf(files);
    }

    /** The bytes of an uploaded file part, or null when the request has no such part. */
    byte[] file(String part) {
        byte[] bytes = files.get(part);
        return bytes == null ? null : bytes.clone();
    }

    ObjectNode asJson() {
        return values;
    }

    boolean has(String name) {
        return values.hasNonNull(name);
    }

    /** The value as a string (a number is turned into its text); null when absent. */
    String string(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The value as a long; null when absent or not a number. */
    Long longOrNull(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as an int, or {@code fallback} when absent or not a number. */
    int intOr(String name, int fallback) {
        Long value = longOrNull(name);
        return value == null ? fallback : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    boolean bool(String name) {
        String text = string(name);
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }

    /** The {@code chat_id}: required, numeric ({@code @username} chats are unknown to the fake). */
    long chatId() {
        if (!has("chat_id") || string("chat_id").isEmpty()) {
            throw ApiError.badRequest("chat_id is empty");
        }
        Long id = longOrNull("chat_id");
        if (id == null) {
            throw ApiError.badRequest("chat not found");
        }
        return id;
    }

    /** A JSON-valued parameter, given as JSON or as a JSON string; null when absent. */
    JsonNode json(String name, String errorWhenUnparsable) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            return value;
        }
        if (value.asText().isEmpty()) {
            return null;
        }
        try {
            return JSON.readTree(value.asText());
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest(errorWhenUnparsable);
        }
    }
}
