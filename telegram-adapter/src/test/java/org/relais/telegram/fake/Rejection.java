package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An error answer the fake gave ({@code "ok":false}).
 *
 * @param method the canonical method name (or the name as sent, for an unknown method)
 * @param errorCode the Bot API {@code error_code}, also the HTTP status
 * @param description Telegram's description, such as {@code Bad Request: message is too long}
 * @param params the request's parameters
 * @param kind why the fake refused
 * @param time when the request arrived
 */
public record Rejection(String method, int errorCode, String description, JsonNode params, Kind kind, Instant time) {

    /** Why a request was refused. */
    public enum Kind {
        /**
         * The request broke a Bot API rule (too long, bad HTML, bad keyboard, unknown message…) or conflicted (409:
         * getUpdates with a webhook set, or ended by a newer getUpdates).
         */
        VALIDATION,
        /** Flood control answered 429. */
        FLOOD_CONTROL,
        /** The test asked for it ({@code failNext}). */
        INJECTED,
        /** Unknown token (401) or unknown method (404). */
        ROUTING,
        /** The fake itself failed (a bug of the fake): answered 500, the description names the exception. */
        INTERNAL
    }
}
