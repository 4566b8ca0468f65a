package org.relais.slack.fake;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/** Gson as Slack writes JSON (no HTML escaping, nulls kept), and small helpers on Gson's tree. */
final class Json {

    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    static String write(JsonElement json) {
        return GSON.toJson(json);
    }

    /** Parses JSON text strictly; throws {@link JsonParseException} if it is not JSON (or is empty). */
    static JsonElement parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement parsed = JsonParser.parseReader(reader);
            if (parsed.isJsonNull() && text.isBlank() || reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("not a single JSON value");
            }
            return parsed;
        } catch (IOException | IllegalStateException e) {
            throw new JsonParseException(e.getMessage(), e);
        }
    }

    /** Parses a JSON object; throws {@link JsonParseException} if the text is not one. */
    static JsonObject parseObject(String text) {
        JsonElement parsed = parse(text);
        if (!parsed.isJsonObject()) {
            throw new JsonParseException("not a JSON object");
        }
        return parsed.getAsJsonObject();
    }

    /** A member as a string (a number or boolean as its text), or null when absent, null or structured. */
    static String string(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        return value instanceof JsonPrimitive primitive ? primitive.getAsString() : null;
    }

    /** A member as an object, or null. */
    static JsonObject object(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    /** A member as an array, or null. */
    static JsonArray array(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : null;
    }

    /** A JSON array of strings. */
    static JsonArray strings(Iterable<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** The length Slack's limits count: Unicode code points. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
