package org.relais.slack.fake;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * An error (or a warning) the fake answered.
 *
 * @param method the method called ({@value Call#RESPONSE_URL} for a response URL)
 * @param error Slack's error code ({@code invalid_blocks}, {@code ratelimited}…), or the warning
 * @param messages the details, as in {@code errors} or {@code response_metadata.messages} (without "[ERROR] "),
 *     such as {@code must be less than 3001 characters [json-pointer:/blocks/0/text/text]}
 * @param params the request's parameters
 * @param status the HTTP status answered
 * @param kind why
 * @param time when the request arrived
 */
public record Rejection(String method, String error, List<String> messages, JsonObject params, int status, Kind kind,
        Instant time) {

    /** Why the fake refused, or warned. */
    public enum Kind {
        /** The request broke a Slack rule: Block Kit limits, unknown channel or message, missing text… */
        VALIDATION,
        /** Accepted, with a warning in {@code response_metadata.warnings} (such as {@code missing_text}). */
        WARNING,
        /** No token, an unknown one, or one of the wrong type. */
        AUTH,
        /** The rate rule a test set answered 429. */
        RATE_LIMITED,
        /** The test asked for it ({@code failNext}). */
        INJECTED,
        /** An unknown method or path, or a response URL used up. */
        ROUTING,
        /** The fake itself failed (a bug of the fake): the error names the exception. */
        INTERNAL
    }

    /** Whether the request was accepted with a warning rather than refused. */
    public boolean isWarning() {
        return kind == Kind.WARNING;
    }
}
