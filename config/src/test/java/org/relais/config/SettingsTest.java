package org.relais.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void unknownRelaisVariablesAreListedSoTyposShow() {
        Settings settings = Settings.from(Map.of("RELAIS_LANGAGE", "en", "PATH", "/bin"));
        assertThat(settings.unknown()).containsExactly("RELAIS_LANGAGE");
    }
}
