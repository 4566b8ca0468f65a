package org.relais.telegram.fake;

/**
 * A Bot API error answer ({@code {"ok":false,"error_code":…,"description":…}}), thrown inside the fake and turned
 * into the HTTP answer by {@link HttpFront}.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int code;
    final Integer retryAfter;
    final Rejection.Kind kind;

    ApiError(int code, String description, Integer retryAfter, Rejection.Kind kind) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
        this.kind = kind;
    }

    /** A 400 {@code Bad Request: …} as Telegram gives for an invalid request. */
    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request: " + detail, null, Rejection.Kind.VALIDATION);
    }

    /** A 400 {@code Bad Request: can't parse entities: …}. */
    static ApiError cantParseEntities(String detail) {
        return badRequest("can't parse entities: " + detail);
    }

    /** A 429 {@code Too Many Requests: retry after N} with {@code parameters.retry_after}. */
    static ApiError tooManyRequests(int retryAfter, Rejection.Kind kind) {
        return new ApiError(429, "Too Many Requests: retry after " + retryAfter, retryAfter, kind);
    }

    /**
     * A failure a test asked for: {@code code} (a 4xx or 5xx) with {@code description}, or Telegram's usual one for
     * the code when null.
     */
    static ApiError injected(int code, String description, Integer retryAfter) {
        if (code < 400 || code > 599) {
            throw new IllegalArgumentException("the code must be a 4xx or 5xx");
        }
        String text = description != null ? description : defaultDescription(code, retryAfter);
        return new ApiError(code, text, retryAfter, Rejection.Kind.INJECTED);
    }

    String description() {
        return getMessage();
    }

    /** Telegram's usual description for an error code, used when a test injects a bare code. */
    static String defaultDescription(int code, Integer retryAfter) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden: bot was blocked by the user";
            case 404 -> "Not Found";
            case 409 -> "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
            case 429 -> "Too Many Requests: retry after " + (retryAfter == null ? 1 : retryAfter);
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            default -> "Error " + code;
        };
    }
}
