package org.relais.config;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.relais.telegram.TelegramSettings;

/**
 * The Telegram variables, checked together: a malformed token, an API URL with a path TelegramBots
 * cannot use, a webhook without its secret or a secret without a webhook each stop start-up with one
 * line naming the variable. The token itself is never repeated.
 */
final class TelegramConfig {
    /** What BotFather gives: the bot's numeric id, a colon, then 35 or so letters, digits, - or _. */
    private static final Pattern TOKEN = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{30,64}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private TelegramConfig() {}

    static Optional<TelegramSettings> read(Map<String, String> env) {
        Optional<String> token = Settings.value(env, Settings.TELEGRAM_TOKEN);
        Optional<String> webhook = Settings.value(env, Settings.TELEGRAM_WEBHOOK_URL);
        Optional<String> secret = Settings.value(env, Settings.TELEGRAM_WEBHOOK_SECRET);
        Optional<String> api = Settings.value(env, Settings.TELEGRAM_API_URL);
        if (token.isEmpty()) {
            Settings.noneWithout(env, Settings.TELEGRAM_TOKEN, "the token BotFather gave",
                    Settings.TELEGRAM_WEBHOOK_URL, Settings.TELEGRAM_WEBHOOK_SECRET, Settings.TELEGRAM_API_URL,
                    Settings.TELEGRAM_BULK_RATE, Settings.TELEGRAM_ANSWER_RATE, Settings.TELEGRAM_PAID_BROADCAST);
            return Optional.empty();
        }
        if (!TOKEN.matcher(token.get()).matches()) {
            throw new SettingsException(Settings.TELEGRAM_TOKEN
                    + " is malformed: BotFather gives the bot's number, a colon and about 35 letters, digits, - or _");
        }
        URI apiUrl = api.map(TelegramConfig::apiUrl).orElse(TelegramSettings.DEFAULT_API_URL);
        if (webhook.isPresent() != secret.isPresent()) {
            throw new SettingsException(webhook.isPresent()
                    ? Settings.TELEGRAM_WEBHOOK_SECRET + " is needed with " + Settings.TELEGRAM_WEBHOOK_URL
                            + ": 1 to 256 of A-Z a-z 0-9 _ -, that Telegram sends back with each update"
                    : Settings.TELEGRAM_WEBHOOK_SECRET + " is only used with " + Settings.TELEGRAM_WEBHOOK_URL);
        }
        if (secret.isPresent() && !SECRET.matcher(secret.get()).matches()) {
            throw new SettingsException(Settings.TELEGRAM_WEBHOOK_SECRET + " must be 1 to 256 of A-Z a-z 0-9 _ -");
        }
        boolean paid = paidBroadcast(env);
        int most = paid ? TelegramSettings.PAID_BULK_PER_SECOND : TelegramSettings.FREE_BULK_PER_SECOND;
        int bulk = rate(env, Settings.TELEGRAM_BULK_RATE, most, paid
                ? "with paid broadcasts Telegram allows up to " + most
                : "Telegram allows " + most + " for free; set " + Settings.TELEGRAM_PAID_BROADCAST + "=true for more, at a cost in Stars")
                .orElse(TelegramSettings.FREE_BULK_PER_SECOND);
        int answers = rate(env, Settings.TELEGRAM_ANSWER_RATE, TelegramSettings.PAID_BULK_PER_SECOND,
                "leave it unset for no cap").orElse(0);
        return Optional.of(new TelegramSettings(token.get(), apiUrl, webhook.map(TelegramConfig::webhookUrl), secret,
                bulk, answers, paid));
    }

    /** A whole number of messages a second from 1 to {@code most}; {@code why} says where the bound comes from. */
    private static Optional<Integer> rate(Map<String, String> env, String name, int most, String why) {
        Optional<String> value = Settings.value(env, name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().matches("[0-9]{1,4}") || Integer.parseInt(value.get()) < 1 || Integer.parseInt(value.get()) > most) {
            throw new SettingsException(name + " is messages a second, a whole number from 1 to " + most + " (" + why
                    + "), not '" + value.get() + "'");
        }
        return Optional.of(Integer.parseInt(value.get()));
    }

    private static boolean paidBroadcast(Map<String, String> env) {
        Optional<String> value = Settings.value(env, Settings.TELEGRAM_PAID_BROADCAST);
        if (value.isEmpty() || value.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return true;
        }
        throw new SettingsException(Settings.TELEGRAM_PAID_BROADCAST + " must be true or false, not '" + value.get() + "'");
    }

    /** TelegramBots builds {@code scheme://host:port/bot<token>/<method>}: no room for a path. */
    private static URI apiUrl(String value) {
        URI uri = uri(value, Settings.TELEGRAM_API_URL);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) || uri.getQuery() != null) {
            throw new SettingsException(Settings.TELEGRAM_API_URL + " must be http(s)://host[:port] with no path, not '" + value + "'");
        }
        return URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    }

    /** Telegram only calls https webhooks. */
    private static URI webhookUrl(String value) {
        URI uri = uri(value, Settings.TELEGRAM_WEBHOOK_URL);
        if (uri.getHost() == null || !"https".equals(uri.getScheme())) {
            throw new SettingsException(Settings.TELEGRAM_WEBHOOK_URL
                    + " must be the public https:// address Telegram will call, ending in /telegram/webhook");
        }
        return uri;
    }

    private static URI uri(String value, String name) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(name + " is not a URL: '" + value + "'");
        }
    }
}
