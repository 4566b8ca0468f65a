package org.relais.config;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relais.slack.SlackSettings;

/**
 * The Slack variables, checked together: a token of the wrong kind (a user token for the bot, a bot
 * token for Socket Mode), both modes or neither, or an API URL that is not one each stop start-up
 * with one line naming the variable. Tokens and the secret are never repeated.
 */
final class SlackVariables {
    private static final Pattern BOT_TOKEN = Pattern.compile("xoxb-[A-Za-z0-9-]{10,250}");
    private static final Pattern APP_TOKEN = Pattern.compile("xapp-[A-Za-z0-9-]{10,250}");
    private static final Pattern SIGNING_SECRET = Pattern.compile("[A-Za-z0-9]{16,128}");

    private SlackVariables() {}

    static Optional<SlackSettings> read(Map<String, String> env) {
        Optional<String> bot = Settings.value(env, Settings.SLACK_BOT_TOKEN);
        Optional<String> app = Settings.value(env, Settings.SLACK_APP_TOKEN);
        Optional<String> secret = Settings.value(env, Settings.SLACK_SIGNING_SECRET);
        Optional<String> api = Settings.value(env, Settings.SLACK_API_URL);
        if (bot.isEmpty()) {
            Settings.noneWithout(env, Settings.SLACK_BOT_TOKEN, "the app's Bot User OAuth Token, xoxb-…",
                    Settings.SLACK_APP_TOKEN, Settings.SLACK_SIGNING_SECRET, Settings.SLACK_API_URL);
            return Optional.empty();
        }
        if (!BOT_TOKEN.matcher(bot.get()).matches()) {
            throw new SettingsException(Settings.SLACK_BOT_TOKEN + " must be the Bot User OAuth Token: xoxb- then letters, digits and -");
        }
        if (app.isPresent() == secret.isPresent()) {
            throw new SettingsException(app.isPresent()
                    ? "set " + Settings.SLACK_APP_TOKEN + " (Socket Mode) or " + Settings.SLACK_SIGNING_SECRET + " (HTTP mode), not both"
                    : "Slack needs " + Settings.SLACK_APP_TOKEN + " (Socket Mode, xapp-…) or " + Settings.SLACK_SIGNING_SECRET
                            + " (HTTP mode, requests at POST /slack/events)");
        }
        if (app.isPresent() && !APP_TOKEN.matcher(app.get()).matches()) {
            throw new SettingsException(Settings.SLACK_APP_TOKEN + " must be an app-level token: xapp- then letters, digits and -");
        }
        if (secret.isPresent() && !SIGNING_SECRET.matcher(secret.get()).matches()) {
            throw new SettingsException(Settings.SLACK_SIGNING_SECRET + " must be the app's Signing Secret (letters and digits)");
        }
        URI apiUrl = api.map(SlackVariables::apiUrl).orElse(SlackSettings.DEFAULT_API_URL);
        return Optional.of(new SlackSettings(bot.get(), app, secret, apiUrl));
    }

    /** The SDK appends the method's name to this prefix: it must end with a slash. */
    private static URI apiUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value : value + "/");
        } catch (IllegalArgumentException e) {
            throw new SettingsException(Settings.SLACK_API_URL + " is not a URL: '" + value + "'");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null || uri.getQuery() != null) {
            throw new SettingsException(Settings.SLACK_API_URL + " must be http(s)://host[:port]/path/ such as https://slack.com/api/, not '"
                    + value + "'");
        }
        return uri;
    }
}
