package org.relais.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.port.StoreException;
import org.relais.core.port.StoredConversation;

/** Opening a store: migrations run once, a file held by another process and a bad URL say so plainly. */
class OpeningTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath();
    }

    @Test
    void reopeningKeepsTheDataAndAppliesEachMigrationOnce() throws Exception {
        try (JdbcStore store = JdbcStore.open(JdbcSettings.of(url()))) {
            store.inTransaction(tx -> tx.conversations().save(StoreChild.conversation(1)));
        }
        try (JdbcStore again = JdbcStore.open(JdbcSettings.of(url()));
                JdbcStore alongside = JdbcStore.open(JdbcSettings.of(url()))) {
            Optional<StoredConversation> kept = again.inTransaction(tx -> tx.conversations().find(StoreChild.key(1)));
            long first = alongside.inTransaction(tx -> tx.counters().next("n"));
            long second = again.inTransaction(tx -> tx.counters().next("n"));
            assertThat(kept).isPresent();
            assertThat(List.of(first, second)).as("one counter seen by both stores").containsExactly(1L, 2L);
        }
        assertThat(appliedMigrations()).containsExactlyElementsOf(migrationVersions());
    }

    /** The versions of the migration files in the sources ({@code V3__…sql} → 3), in order. */
    private static List<String> migrationVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }

    /** The versions Flyway ran, one row each (its history also holds a row for creating itself). */
    private List<String> appliedMigrations() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url());
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\"")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }

    @Test
    void aFileHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        try (ChildJvm holder = ChildJvm.start("hold", url())) {
            holder.awaitLine("open");

            StoreException refused = catchThrowableOfType(StoreException.class, () -> JdbcStore.open(JdbcSettings.of(url())));

            assertThat(refused.getMessage()).contains("is in use by another process", dir.toString());
            assertThat(refused).hasCauseInstanceOf(SQLException.class);
            assertThat(((SQLException) refused.getCause()).getErrorCode()).isEqualTo(90020);
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithoutItsPasswords() {
        JdbcSettings settings = JdbcSettings.of("jdbc:postgresql://127.0.0.1:1/relais?user=bot&password=url-secret",
                "bot", "property-secret");

        StoreException refused = catchThrowableOfType(StoreException.class, () -> JdbcStore.open(settings));

        assertThat(refused.getMessage())
                .startsWith("Cannot open the database jdbc:postgresql://127.0.0.1:1/relais?user=bot&password=***")
                .contains("08001");
        assertNoSecretIn(refused);
    }

    /** The driver quotes this URL in its message: the cause attached is a masked copy. */
    @Test
    void aDriverMessageQuotingTheUrlIsMasked() {
        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> JdbcStore.open(JdbcSettings.of("jdbc:unknown://db/relais?password=url-secret")));

        assertThat(refused.getMessage()).contains("No suitable driver", "password=***");
        assertThat(refused.getCause()).isInstanceOf(Failures.Masked.class)
                .hasMessageContaining("java.sql.SQLException: No suitable driver");
        assertNoSecretIn(refused);
    }

    private static void assertNoSecretIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain("url-secret", "property-secret");
        }
    }
}
