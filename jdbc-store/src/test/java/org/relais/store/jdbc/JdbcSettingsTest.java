package org.relais.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Settings never show a password, wherever it was given. */
class JdbcSettingsTest {

    @Test
    void toStringMasksThePassword() {
        JdbcSettings settings = JdbcSettings.of("jdbc:postgresql://db/relais?password=in-url", "bot", "as-property");

        assertThat(settings.toString()).contains("jdbc:postgresql://db/relais?password=***", "bot")
                .doesNotContain("in-url", "as-property");
    }

    @Test
    void everyFormOfPasswordInAUrlIsMasked() {
        assertThat(JdbcSettings.of("jdbc:postgresql://db/relais?user=bot&password=s3&ssl=true").safeUrl())
                .isEqualTo("jdbc:postgresql://db/relais?user=bot&password=***&ssl=true");
        assertThat(JdbcSettings.of("jdbc:postgresql://db/relais?PASSWORD=s3").safeUrl())
                .isEqualTo("jdbc:postgresql://db/relais?PASSWORD=***");
        assertThat(JdbcSettings.of("jdbc:h2:file:./x;USER=sa;PASSWORD=s3;MODE=PostgreSQL").safeUrl())
                .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(JdbcSettings.of("jdbc:postgresql://bot:s3@db/relais").safeUrl())
                .isEqualTo("jdbc:postgresql://bot:***@db/relais");
    }

    @Test
    void scrubMasksTheSecretsWhereverAMessageQuotesThem() {
        JdbcSettings settings = JdbcSettings.of("jdbc:postgresql://db/relais?password=in-url", "bot", "as-property");

        assertThat(settings.scrub("login as-property failed for in-url")).isEqualTo("login *** failed for ***");
        assertThat(settings.revealsSecrets("nothing here")).isFalse();
        assertThat(settings.revealsSecrets("x as-property")).isTrue();
    }

    @Test
    void emptyCredentialsAreNone() {
        JdbcSettings settings = JdbcSettings.of("jdbc:h2:mem:x", "", "");

        assertThat(settings.user()).isEqualTo(Optional.empty());
        assertThat(settings.password()).isEqualTo(Optional.empty());
    }

    @Test
    void aUrlThatIsNotJdbcIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> JdbcSettings.of("postgresql://db/relais?password=s3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("s3");
    }
}
