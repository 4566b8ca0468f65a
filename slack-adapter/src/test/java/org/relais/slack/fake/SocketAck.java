package org.relais.slack.fake;

import com.google.gson.JsonElement;
import java.time.Instant;

/**
 * An acknowledgement the app sent over Socket Mode: {@code {"envelope_id":…,"payload":…}}.
 *
 * @param envelopeId the envelope acknowledged
 * @param payload the response payload (a slash command's message, say), or null if the ack carried none
 * @param time when it arrived
 */
public record SocketAck(String envelopeId, JsonElement payload, Instant time) {

    /** Whether the ack carried a response payload. */
    public boolean hasPayload() {
        return payload != null && !payload.isJsonNull();
    }
}
