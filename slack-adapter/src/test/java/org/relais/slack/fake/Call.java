package org.relais.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;

/**
 * One request the fake received, recorded when it was answered.
 *
 * @param method the Web API method ({@code chat.postMessage}), {@value #RESPONSE_URL} for a POST to a response URL,
 *     or {@value #FILE_UPLOAD} for one to an upload URL
 * @param params every parameter, form fields as strings and JSON values as sent (the token left out)
 * @param channel the {@code channel} parameter (for a response URL: the channel it belongs to), or null
 * @param time when the request arrived
 * @param status the HTTP status of the answer
 * @param ok whether the answer said {@code "ok":true}
 * @param error the {@code error} answered, or null
 */
public record Call(String method, JsonObject params, String channel, Instant time, int status, boolean ok,
        String error) {

    /** The {@link #method()} of a POST to a response URL. */
    public static final String RESPONSE_URL = "response_url";

    /** The {@link #method()} of a POST to an upload URL ({@code params}: {@code file_id} and {@code bytes}). */
    public static final String FILE_UPLOAD = "file_upload";

    /** Whether this is a call of {@code method}. */
    public boolean is(String method) {
        return this.method.equals(method);
    }

    /** A parameter as text (a JSON value as its JSON), or null. */
    public String param(String name) {
        JsonElement value = params.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        return value.isJsonPrimitive() ? value.getAsString() : Json.write(value);
    }
}
