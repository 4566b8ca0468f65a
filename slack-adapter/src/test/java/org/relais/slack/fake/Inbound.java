package org.relais.slack.fake;

import com.google.gson.JsonObject;
import java.time.Duration;

/**
 * How Slack's requests reach the app under test: over HTTP ({@link HttpInbound}) or Socket Mode
 * ({@link SocketInbound}). Payloads come from {@link SlackEvents}; each call returns once the app answered (or
 * acknowledged).
 */
public interface Inbound {

    /**
     * The app's answer.
     *
     * @param status the HTTP status (200 for a Socket Mode ack)
     * @param body the body, or a Socket Mode ack's payload as JSON ({@code ""} if none)
     * @param elapsed how long the app took to answer (Slack gives up after 3 s)
     */
    record Answer(int status, String body, Duration elapsed) {

        /** Whether the app answered 200. */
        public boolean ok() {
            return status == 200;
        }
    }

    /** Delivers an Events API payload ({@code event_callback}, {@code url_verification}). */
    Answer event(JsonObject payload);

    /** Delivers a slash command (its fields, from {@link SlackEvents#command}). */
    Answer command(JsonObject fields);

    /** Delivers an interactive payload ({@code block_actions}…). */
    Answer interactive(JsonObject payload);

    /** The same inbound, delivering as Slack's retry {@code attempt} for {@code reason} ({@code http_timeout}…). */
    Inbound retried(int attempt, String reason);
}
