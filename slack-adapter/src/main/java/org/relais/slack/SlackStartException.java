package org.relais.slack;

/** Slack could not be started (a token refused, the API unreachable): one line, no secret in it. */
public final class SlackStartException extends RuntimeException {
    public SlackStartException(String message) {
        super(message);
    }
}
