package org.relais.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.listener.DetailedLoggingListener;

/** The Slack SDK as Relais uses it. */
final class SlackClients {
    private SlackClients() {}

    /**
     * The Web API at the configured base; no proxy taken from the environment (the SDK would send
     * even loopback calls through one, and Telegram's client ignores it too); no call statistics
     * (they make the SDK call {@code auth.test} again for each token, the app-level one included);
     * and not the SDK's detailed logging, which writes whole request bodies (people's messages).
     */
    static Slack create(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        config.setProxyUrl(null);
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis(30_000);
        config.setHttpClientWriteTimeoutMillis(30_000);
        config.getHttpClientResponseHandlers().removeIf(handler -> handler instanceof DetailedLoggingListener);
        return Slack.getInstance(config);
    }
}
