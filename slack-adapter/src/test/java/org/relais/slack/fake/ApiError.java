package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * An error answer, thrown inside the fake and written by {@link HttpFront}: Slack's {@code {"ok":false,"error":…}}
 * with HTTP 200 for API errors, or another status (429 with {@code Retry-After}, 5xx with an HTML or empty body).
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String error;
    final int status;
    final List<String> messages;
    final boolean withErrorsArray;
    final Integer retryAfter;
    final Rejection.Kind kind;
    final String rawBody;

    private ApiError(String error, int status, List<String> messages, boolean withErrorsArray, Integer retryAfter,
            Rejection.Kind kind, String rawBody) {
        super(error, null, false, false);
        this.error = error;
        this.status = status;
        this.messages = List.copyOf(messages);
        this.withErrorsArray = withErrorsArray;
        this.retryAfter = retryAfter;
        this.kind = kind;
        this.rawBody = rawBody;
    }

    /** An API error answered with HTTP 200, as Slack answers most errors. */
    static ApiError of(String error, Rejection.Kind kind) {
        return new ApiError(error, 200, List.of(), false, null, kind, null);
    }

    /** A validation error answered with HTTP 200. */
    static ApiError invalid(String error) {
        return of(error, Rejection.Kind.VALIDATION);
    }

    /** {@code invalid_blocks}, with {@code errors} and {@code response_metadata.messages}, as chat methods answer. */
    static ApiError invalidBlocks(List<String> errors) {
        return new ApiError("invalid_blocks", 200, errors, true, null, Rejection.Kind.VALIDATION, null);
    }

    /** {@code invalid_arguments} with {@code response_metadata.messages}, as the views methods answer. */
    static ApiError invalidArguments(List<String> errors) {
        return new ApiError("invalid_arguments", 200, errors, false, null, Rejection.Kind.VALIDATION, null);
    }

    /** HTTP 429 with {@code Retry-After} and {@code {"ok":false,"error":"ratelimited"}}. */
    static ApiError rateLimited(int retryAfter, Rejection.Kind kind) {
        return new ApiError("ratelimited", 429, List.of(), false, retryAfter, kind, null);
    }

    /** Another HTTP status, with the body Slack's edge gives (an HTML page, or nothing for 503). */
    static ApiError http(int status, Rejection.Kind kind) {
        String body = switch (status) {
            case 503 -> "";
            case 500, 502, 504 -> "<!DOCTYPE html><html><head><title>Slack</title></head><body><h1>" + status
                    + "</h1><p>Slack is having trouble right now.</p></body></html>";
            default -> "";
        };
        return new ApiError("http_" + status, status, List.of(), false, null, kind, body);
    }

    /** A failure a test asked for: 429 with {@code Retry-After} (1 s if null), or the edge's 4xx or 5xx page. */
    static ApiError injected(int httpStatus, Integer retryAfter) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("the status must be a 4xx or 5xx");
        }
        return httpStatus == 429 ? rateLimited(retryAfter == null ? 1 : retryAfter, Rejection.Kind.INJECTED)
                : http(httpStatus, Rejection.Kind.INJECTED);
    }

    /** A failure a test asked for: HTTP 200 with {@code {"ok":false,"error":error}}. */
    static ApiError injected(String error) {
        return of(error, Rejection.Kind.INJECTED);
    }

    /** With another HTTP status (response URLs answer errors with 4xx). */
    ApiError withStatus(int newStatus) {
        return new ApiError(error, newStatus, messages, withErrorsArray, retryAfter, kind, rawBody);
    }

    /** Whether the answer is a JSON body ({@code ok:false}) rather than the edge's raw one. */
    boolean isJson() {
        return rawBody == null;
    }

    /** The JSON body. */
    JsonObject body() {
        JsonObject body = new JsonObject();
        body.addProperty("ok", false);
        body.addProperty("error", error);
        if (!messages.isEmpty()) {
            if (withErrorsArray) {
                body.add("errors", Json.strings(messages));
            }
            JsonArray tagged = new JsonArray();
            messages.forEach(message -> tagged.add("[ERROR] " + message));
            JsonObject metadata = new JsonObject();
            metadata.add("messages", tagged);
            body.add("response_metadata", metadata);
        }
        return body;
    }
}
