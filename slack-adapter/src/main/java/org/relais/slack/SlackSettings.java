package org.relais.slack;

import java.net.URI;
import java.util.Optional;

/**
 * What the Slack adapter needs; checked by the configuration, which knows the variables' names.
 * Exactly one of {@code appToken} (Socket Mode) and {@code signingSecret} (HTTP mode) is present.
 *
 * @param apiUrl the Web API's methods prefix, {@code https://slack.com/api/} or a test server's; ends with {@code /}
 */
public record SlackSettings(String botToken, Optional<String> appToken, Optional<String> signingSecret, URI apiUrl) {

    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

    public SlackSettings {
        if (appToken.isPresent() == signingSecret.isPresent()) {
            throw new IllegalArgumentException("Slack needs an app token (Socket Mode) or a signing secret (HTTP), not both");
        }
        if (!apiUrl.toString().endsWith("/")) {
            throw new IllegalArgumentException("the Slack API URL must end with /");
        }
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** Never a token nor the secret. */
    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", mode=" + (socketMode() ? "socket" : "http") + "]";
    }
}
