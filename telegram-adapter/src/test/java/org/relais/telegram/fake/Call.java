package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One request the fake received, recorded when it was answered.
 *
 * @param method the method's canonical Bot API name ({@code sendMessage}, whatever case the client used), or the name
 *     as sent for an unknown method
 * @param params every parameter (query, form, JSON or multipart), as JSON; a file part is recorded as
 *     {@code {"file_name":…,"bytes":N}}
 * @param chatId the {@code chat_id} parameter, if any and numeric
 * @param time when the request arrived
 * @param status the HTTP status of the answer: 200, or the Bot API {@code error_code}
 */
public record Call(String method, JsonNode params, Long chatId, Instant time, int status) {

    /** Whether the fake answered {@code "ok":true}. */
    public boolean ok() {
        return status == 200;
    }

    /** Whether this is a call of {@code method} (compared case-insensitively). */
    public boolean is(String method) {
        return this.method.equalsIgnoreCase(method);
    }
}
