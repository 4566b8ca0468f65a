package org.relais.slack.send;

/**
 * Slack answered a Web API call with {@code "ok": false} (HTTP 200): the method and Slack's error
 * code ({@code channel_not_found}, {@code invalid_blocks}…), which name no message text nor token.
 * For a {@code response_url}, the HTTP status Slack gave instead.
 */
public final class SlackRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String error;
    private final int status;

    public SlackRefusal(String method, String error) {
        this(method, error, 200);
    }

    public SlackRefusal(String method, String error, int status) {
        super(method + ": " + error);
        this.method = method;
        this.error = error == null ? "unknown_error" : error;
        this.status = status;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    public int status() {
        return status;
    }
}
