package org.relais.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.chat.ConversationKey;
import org.relais.core.i18n.Language;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void noSettingsMeansTheEmbeddedDatabaseTheBundledCampaignAndFrench() {
        Settings settings = Settings.from(Map.of());
        assertThat(settings.dbUrl()).isEmpty();
        assertThat(settings.campaign()).isEmpty();
        assertThat(settings.language()).isEqualTo(Language.FR);
    }

    @Test
    void readsEachSetting() throws Exception {
        Path campaign = Files.writeString(dir.resolve("c.yaml"), "campaign: {}");
        Settings settings = Settings.from(Map.of("RELAIS_DB_URL", "jdbc:postgresql://127.0.0.1/test",
                "RELAIS_DB_USER", "postgres", "RELAIS_DB_PASSWORD", "x", "RELAIS_CAMPAIGN", campaign.toString(),
                "RELAIS_LANGUAGE", "en"));
        assertThat(settings.dbUrl()).contains("jdbc:postgresql://127.0.0.1/test");
        assertThat(settings.dbUser()).contains("postgres");
        assertThat(settings.campaign()).contains(campaign);
        assertThat(settings.language()).isEqualTo(Language.EN);
    }

    @Test
    void eachBadValueIsNamedWithWhatIsAllowedAndNoSecretIsRepeated() {
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_LANGUAGE", "de")))
                .hasMessage("RELAIS_LANGUAGE must be fr or en, not 'de'");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_LANGUAGE", "fr-CA")))
                .hasMessageContaining("RELAIS_LANGUAGE must be fr or en");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_DB_URL", "mysql://u:hunter2@host/db")))
                .hasMessage("RELAIS_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_DB_PASSWORD", "hunter2")))
                .hasMessageContaining("RELAIS_DB_URL").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_CAMPAIGN", dir.resolve("missing.yaml").toString())))
                .hasMessageContaining("RELAIS_CAMPAIGN must name a readable campaign file");
    }

    private static final String TOKEN = "123456789:AAFakeTokenForRelaisTests_0123456789ab";

    @Test
    void telegramIsOnWithAWellFormedTokenAndItsWebhookNeedsItsSecret() {
        assertThat(Settings.from(Map.of()).telegram()).isEmpty();
        var telegram = Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN)).telegram().orElseThrow();
        assertThat(telegram.apiUrl()).hasToString("https://api.telegram.org");
        assertThat(telegram.webhookUrl()).isEmpty();
        assertThat(telegram.toString()).doesNotContain(TOKEN);
        var local = Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_API_URL", "http://127.0.0.1:8081/"))
                .telegram().orElseThrow();
        assertThat(local.apiUrl()).hasToString("http://127.0.0.1:8081");
        var hook = Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_WEBHOOK_URL",
                "https://bot.example.org/telegram/webhook", "RELAIS_TELEGRAM_WEBHOOK_SECRET", "a_b-C1")).telegram().orElseThrow();
        assertThat(hook.webhookSecret()).contains("a_b-C1");
        assertThat(Settings.from(Map.of()).httpPort()).isEqualTo(8080);
        assertThat(Settings.from(Map.of("RELAIS_HTTP_PORT", "9000")).httpPort()).isEqualTo(9000);
    }

    @Test
    void eachBadTelegramSettingIsNamedWithoutRepeatingTheToken() {
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", "123:short")))
                .hasMessageStartingWith("RELAIS_TELEGRAM_TOKEN is malformed").hasMessageNotContaining("123:short");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_API_URL",
                "https://proxy.example.org/telegram"))).hasMessageContaining("RELAIS_TELEGRAM_API_URL must be http(s)://host[:port] with no path");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_WEBHOOK_URL",
                "https://bot.example.org/telegram/webhook"))).hasMessageStartingWith("RELAIS_TELEGRAM_WEBHOOK_SECRET is needed");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_WEBHOOK_SECRET", "abc")))
                .hasMessageStartingWith("RELAIS_TELEGRAM_WEBHOOK_SECRET is only used with");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_WEBHOOK_URL",
                "http://bot.example.org/hook", "RELAIS_TELEGRAM_WEBHOOK_SECRET", "abc"))).hasMessageContaining("https://");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_WEBHOOK_URL",
                "https://bot.example.org/hook", "RELAIS_TELEGRAM_WEBHOOK_SECRET", "not allowed!")))
                .hasMessage("RELAIS_TELEGRAM_WEBHOOK_SECRET must be 1 to 256 of A-Z a-z 0-9 _ -");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_WEBHOOK_URL", "https://x.org/hook")))
                .hasMessageContaining("needs RELAIS_TELEGRAM_TOKEN");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_HTTP_PORT", "70000")))
                .hasMessage("RELAIS_HTTP_PORT must be a port number from 0 to 65535, not '70000'");
    }

    @Test
    void theBulkRateIsTelegramsFreeThirtyUnlessPaidBroadcastsAreOnAndAnswersAreUncappedUnlessAsked() {
        var defaults = Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN)).telegram().orElseThrow();
        assertThat(defaults.bulkPerSecond()).isEqualTo(30);
        assertThat(defaults.answerPerSecond()).as("no cap").isZero();
        assertThat(defaults.paidBroadcast()).isFalse();
        var set = Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_BULK_RATE", "20",
                "RELAIS_TELEGRAM_ANSWER_RATE", "50")).telegram().orElseThrow();
        assertThat(set.bulkPerSecond()).isEqualTo(20);
        assertThat(set.answerPerSecond()).isEqualTo(50);
        var paid = Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_BULK_RATE", "500",
                "RELAIS_TELEGRAM_PAID_BROADCAST", "true")).telegram().orElseThrow();
        assertThat(paid.bulkPerSecond()).isEqualTo(500);
        assertThat(paid.paidBroadcast()).isTrue();

        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_BULK_RATE", "100")))
                .hasMessage("RELAIS_TELEGRAM_BULK_RATE is messages a second, a whole number from 1 to 30 (Telegram allows 30"
                        + " for free; set RELAIS_TELEGRAM_PAID_BROADCAST=true for more, at a cost in Stars), not '100'");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_BULK_RATE", "2000",
                "RELAIS_TELEGRAM_PAID_BROADCAST", "true"))).hasMessageContaining("from 1 to 1000 (with paid broadcasts");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_ANSWER_RATE", "0")))
                .hasMessageStartingWith("RELAIS_TELEGRAM_ANSWER_RATE is messages a second").hasMessageContaining("leave it unset");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_TELEGRAM_PAID_BROADCAST", "yes")))
                .hasMessage("RELAIS_TELEGRAM_PAID_BROADCAST must be true or false, not 'yes'");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_TELEGRAM_BULK_RATE", "10")))
                .hasMessageContaining("RELAIS_TELEGRAM_BULK_RATE needs RELAIS_TELEGRAM_TOKEN");
    }

    private static final String BOT = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
    private static final String APP = "xapp-1-A0123456789-1234567890123-abcdef0123456789";
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    @Test
    void slackRunsInSocketModeWithAnAppTokenOrOverHttpWithTheSigningSecret() {
        assertThat(Settings.from(Map.of()).slack()).isEmpty();
        var socket = Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", BOT, "RELAIS_SLACK_APP_TOKEN", APP)).slack().orElseThrow();
        assertThat(socket.socketMode()).isTrue();
        assertThat(socket.apiUrl()).hasToString("https://slack.com/api/");
        assertThat(socket.toString()).doesNotContain(BOT, APP);
        var http = Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", BOT, "RELAIS_SLACK_SIGNING_SECRET", SECRET,
                "RELAIS_SLACK_API_URL", "http://127.0.0.1:9999/api")).slack().orElseThrow();
        assertThat(http.socketMode()).isFalse();
        assertThat(http.apiUrl()).as("the SDK appends the method name").hasToString("http://127.0.0.1:9999/api/");
        var both = Settings.from(Map.of("RELAIS_TELEGRAM_TOKEN", TOKEN, "RELAIS_SLACK_BOT_TOKEN", BOT, "RELAIS_SLACK_APP_TOKEN", APP));
        assertThat(both.telegram()).isPresent();
        assertThat(both.slack()).isPresent();
    }

    @Test
    void eachBadSlackSettingIsNamedWithoutRepeatingASecret() {
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", "xoxp-1234567890-user-token")))
                .hasMessageStartingWith("RELAIS_SLACK_BOT_TOKEN must be the Bot User OAuth Token").hasMessageNotContaining("xoxp-1234567890");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", BOT)))
                .hasMessageContaining("RELAIS_SLACK_APP_TOKEN (Socket Mode").hasMessageContaining("RELAIS_SLACK_SIGNING_SECRET (HTTP mode");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", BOT, "RELAIS_SLACK_APP_TOKEN", APP,
                "RELAIS_SLACK_SIGNING_SECRET", SECRET))).hasMessageContaining("not both").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", BOT, "RELAIS_SLACK_APP_TOKEN", BOT)))
                .hasMessageStartingWith("RELAIS_SLACK_APP_TOKEN must be an app-level token").hasMessageNotContaining(BOT);
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", BOT, "RELAIS_SLACK_SIGNING_SECRET", "short")))
                .hasMessageStartingWith("RELAIS_SLACK_SIGNING_SECRET must be").hasMessageNotContaining("'short'");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_SLACK_BOT_TOKEN", BOT, "RELAIS_SLACK_APP_TOKEN", APP,
                "RELAIS_SLACK_API_URL", "ftp://slack.example.org/api/"))).hasMessageStartingWith("RELAIS_SLACK_API_URL must be http(s)");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_SLACK_APP_TOKEN", APP)))
                .hasMessageContaining("needs RELAIS_SLACK_BOT_TOKEN").hasMessageNotContaining(APP);
    }

    @Test
    void coordinatorsAreNamedByPlatformAndIdAndABadEntryIsNamed() {
        Settings settings = Settings.from(Map.of("RELAIS_COORDINATORS", " telegram:123456, slack:U012ABC ,,"));
        assertThat(settings.coordinators()).containsExactlyInAnyOrder(new ConversationKey("telegram", "123456"),
                new ConversationKey("slack", "U012ABC"));
        assertThat(Settings.from(Map.of()).coordinators()).isEmpty();
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_COORDINATORS", "telegram:123456,@marie")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("RELAIS_COORDINATORS").hasMessageContaining("'@marie'");
        assertThatThrownBy(() -> Settings.from(Map.of("RELAIS_COORDINATORS", "slack:u012abc")))
                .hasMessageContaining("slack:<member id");
    }

    @Test
    void unknownRelaisVariablesAreListedSoTyposShow() {
        Settings settings = Settings.from(Map.of("RELAIS_LANGAGE", "en", "PATH", "/bin"));
        assertThat(settings.unknown()).containsExactly("RELAIS_LANGAGE");
    }
}
