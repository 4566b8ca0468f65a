package org.relais.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.relais.core.port.StoreConflictException;
import org.relais.core.port.StoreException;

/** Which database failures the engine may retry (a conflict), which it may not, and no secret in either. */
class TranslationTest {
    private static final JdbcSettings SETTINGS =
            JdbcSettings.of("jdbc:postgresql://db/relais?password=url-secret", "bot", "property-secret");

    @Test
    void concurrentWritersAreConflicts() {
        for (String state : new String[] {"23505", "40001", "40P01", "55P03", "HYT00", "90131"}) {
            RuntimeException translated = Sql.translate("saving", new SQLException("lost the race", state));
            assertThat(translated).as(state).isInstanceOf(StoreConflictException.class).hasMessageContaining(state);
        }
    }

    @Test
    void otherFailuresAreStoreFailures() {
        for (String state : new String[] {"23502", "23503", "22001", "08006", "42P01", null}) {
            SQLException failure = new SQLException("broken", state);

            RuntimeException translated = Sql.translate("saving a conversation", failure);

            assertThat(translated).as(state).isExactlyInstanceOf(StoreException.class)
                    .hasMessageStartingWith("saving a conversation failed").hasMessageContaining("broken")
                    .hasCause(failure);
        }
    }

    @Test
    void aConnectionFailureWithoutSecretsKeepsItsCause() {
        SQLException failure = new SQLException("Connection to db:5432 refused", "08001");

        RuntimeException translated = Failures.running(SETTINGS, "a transaction", failure);

        assertThat(translated).isExactlyInstanceOf(StoreException.class).hasCause(failure);
    }

    @Test
    void aConnectionFailureQuotingASecretIsMaskedAndKeepsItsKind() {
        SQLException quoting = new SQLException("login with property-secret to jdbc:postgresql://db/relais?password=url-secret",
                "40001", new SQLException("again property-secret"));

        RuntimeException translated = Failures.running(SETTINGS, "a transaction", quoting);

        assertThat(translated).isExactlyInstanceOf(StoreConflictException.class)
                .hasMessageContaining("login with *** to jdbc:postgresql://db/relais?password=***");
        assertThat(translated.getCause()).isInstanceOf(Failures.Masked.class)
                .hasMessageContaining("java.sql.SQLException: login with ***");
        assertThat(translated.getCause().getCause()).hasMessage("java.sql.SQLException: again ***");
        for (Throwable t = translated; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain("url-secret", "property-secret");
        }
    }
}
