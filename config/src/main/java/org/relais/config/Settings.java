package org.relais.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.relais.core.chat.ConversationKey;
import org.relais.core.flows.coordination.PersonId;
import org.relais.core.i18n.Language;
import org.relais.slack.SlackSettings;
import org.relais.telegram.TelegramSettings;

/**
 * Relais's settings, read from environment variables (their names are part of the product; see the
 * README's table). A bad value stops start-up with one line naming the variable and what it takes;
 * secret values are never repeated in messages.
 */
public record Settings(
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        Optional<Path> campaign,
        Language language,
        Set<ConversationKey> coordinators,
        Optional<TelegramSettings> telegram,
        Optional<SlackSettings> slack,
        int httpPort,
        List<String> unknown) {

    public static final String DB_URL = "RELAIS_DB_URL";
    public static final String DB_USER = "RELAIS_DB_USER";
    public static final String DB_PASSWORD = "RELAIS_DB_PASSWORD";
    public static final String CAMPAIGN = "RELAIS_CAMPAIGN";
    public static final String LANGUAGE = "RELAIS_LANGUAGE";
    public static final String LOG_LEVEL = "RELAIS_LOG_LEVEL";
    public static final String COORDINATORS = "RELAIS_COORDINATORS";
    public static final String TELEGRAM_TOKEN = "RELAIS_TELEGRAM_TOKEN";
    public static final String TELEGRAM_API_URL = "RELAIS_TELEGRAM_API_URL";
    public static final String TELEGRAM_WEBHOOK_URL = "RELAIS_TELEGRAM_WEBHOOK_URL";
    public static final String TELEGRAM_WEBHOOK_SECRET = "RELAIS_TELEGRAM_WEBHOOK_SECRET";
    public static final String TELEGRAM_BULK_RATE = "RELAIS_TELEGRAM_BULK_RATE";
    public static final String TELEGRAM_ANSWER_RATE = "RELAIS_TELEGRAM_ANSWER_RATE";
    public static final String TELEGRAM_PAID_BROADCAST = "RELAIS_TELEGRAM_PAID_BROADCAST";
    public static final String SLACK_BOT_TOKEN = "RELAIS_SLACK_BOT_TOKEN";
    public static final String SLACK_APP_TOKEN = "RELAIS_SLACK_APP_TOKEN";
    public static final String SLACK_SIGNING_SECRET = "RELAIS_SLACK_SIGNING_SECRET";
    public static final String SLACK_API_URL = "RELAIS_SLACK_API_URL";
    public static final String HTTP_PORT = "RELAIS_HTTP_PORT";
    public static final int DEFAULT_HTTP_PORT = 8080;

    /** Every variable this version reads; any other {@code RELAIS_*} is reported as unknown. */
    public static final List<String> KNOWN = List.of(DB_URL, DB_USER, DB_PASSWORD, CAMPAIGN, LANGUAGE, LOG_LEVEL, COORDINATORS,
            TELEGRAM_TOKEN, TELEGRAM_API_URL, TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET,
            TELEGRAM_BULK_RATE, TELEGRAM_ANSWER_RATE, TELEGRAM_PAID_BROADCAST,
            SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL, HTTP_PORT,
            "RELAIS_TEST_POSTGRES_URL");

    public Settings {
        unknown = List.copyOf(unknown);
        coordinators = Set.copyOf(coordinators);
    }

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    public static Settings from(Map<String, String> env) {
        Optional<String> url = value(env, DB_URL);
        url.ifPresent(u -> {
            if (!u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:postgresql:")) {
                throw new SettingsException(DB_URL + " must be a jdbc:h2: or jdbc:postgresql: URL");
            }
        });
        Optional<String> user = value(env, DB_USER);
        Optional<String> password = value(env, DB_PASSWORD);
        if (url.isEmpty() && (user.isPresent() || password.isPresent())) {
            throw new SettingsException(DB_USER + " and " + DB_PASSWORD + " need " + DB_URL
                    + " (the embedded database needs neither)");
        }
        Optional<Path> campaign = value(env, CAMPAIGN).map(Path::of);
        campaign.ifPresent(path -> {
            if (!Files.isRegularFile(path)) {
                throw new SettingsException(CAMPAIGN + " must name a readable campaign file (YAML); not found: " + path);
            }
        });
        Language language = value(env, LANGUAGE)
                .map(code -> Language.fromTag(code).filter(l -> l.code().equalsIgnoreCase(code.strip()))
                        .orElseThrow(() -> new SettingsException(LANGUAGE + " must be fr or en, not '" + code + "'")))
                .orElse(Language.FR);
        TreeSet<String> unknown = new TreeSet<>();
        env.keySet().stream().filter(name -> name.startsWith("RELAIS_") && !KNOWN.contains(name)).forEach(unknown::add);
        return new Settings(url, user, password, campaign, language, coordinators(env), TelegramConfig.read(env),
                SlackVariables.read(env), port(env), List.copyOf(unknown));
    }

    /** {@code telegram:123456,slack:U012ABC}: each entry checked, a bad one named (ids are not secrets). */
    private static Set<ConversationKey> coordinators(Map<String, String> env) {
        Set<ConversationKey> people = new LinkedHashSet<>();
        for (String entry : value(env, COORDINATORS).map(v -> v.split(",")).orElse(new String[0])) {
            if (entry.isBlank()) {
                continue;
            }
            people.add(PersonId.parse(entry).orElseThrow(() -> new SettingsException(COORDINATORS
                    + " is a comma-separated list of telegram:<numeric user id> or slack:<member id such as U012ABC>;"
                    + " '" + entry.strip() + "' is neither")));
        }
        return people;
    }

    private static int port(Map<String, String> env) {
        Optional<String> port = value(env, HTTP_PORT);
        if (port.isEmpty()) {
            return DEFAULT_HTTP_PORT;
        }
        if (!port.get().matches("[0-9]{1,5}") || Integer.parseInt(port.get()) > 65535) {
            throw new SettingsException(HTTP_PORT + " must be a port number from 0 to 65535, not '" + port.get() + "'");
        }
        return Integer.parseInt(port.get());
    }

    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * Fails when one of a platform's {@code others} variables is set without its {@code main} one (a
     * forgotten token would otherwise start nothing, silently).
     *
     * @param what what the main variable holds, for the message
     */
    static void noneWithout(Map<String, String> env, String main, String what, String... others) {
        for (String other : others) {
            if (value(env, other).isPresent()) {
                throw new SettingsException(other + " needs " + main + " (" + what + ")");
            }
        }
    }
}
