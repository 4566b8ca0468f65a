package org.relais.slack.send;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Set;

/**
 * Whether Slack's Web API answered the last call, for {@code /healthz}: in HTTP mode there is no
 * connection to watch, so the calls are the news. A refused token, a 5xx or a failure on the way
 * marks it down until a call succeeds; an ordinary refusal (a bad block, a message gone) does not.
 */
public final class ApiHealth {
    private static final Set<String> AUTH = Set.of("invalid_auth", "not_authed", "token_revoked", "token_expired",
            "account_inactive", "no_permission", "missing_scope");

    private volatile String problem = "";

    void succeeded() {
        problem = "";
    }

    void failed(Exception failure) {
        if (failure instanceof SlackRefusal refusal && AUTH.contains(refusal.error())) {
            problem = "Slack refused the bot token (" + refusal.error() + ")";
        } else if (failure instanceof SlackApiException http && http.getResponse() != null && http.getResponse().code() >= 500) {
            problem = "Slack answered HTTP " + http.getResponse().code();
        } else if (failure instanceof IOException) {
            problem = "Slack cannot be reached (" + failure.getClass().getSimpleName() + ")";
        }
    }

    public boolean ok() {
        return problem.isEmpty();
    }

    public String problem() {
        return problem;
    }
}
