package org.relais.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which URLs get {@code WRITE_DELAY=0} (every embedded H2 file database, unless it sets its own). */
class H2FilesTest {
    @TempDir
    Path dir;

    @Test
    void anEmbeddedFileDatabaseWritesEachCommitAtOnce() {
        String file = "jdbc:h2:file:" + dir.resolve("a");
        String implicit = "jdbc:h2:" + dir.resolve("b");

        assertThat(H2Files.durable(file)).isEqualTo(file + ";WRITE_DELAY=0");
        assertThat(H2Files.durable(implicit)).isEqualTo(implicit + ";WRITE_DELAY=0");
        assertThat(H2Files.durable(file + ";MODE=PostgreSQL")).isEqualTo(file + ";MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void aWriteDelayChosenInTheUrlIsKept() {
        String url = "jdbc:h2:file:" + dir.resolve("a") + ";write_delay=500;MODE=PostgreSQL";

        assertThat(H2Files.durable(url)).isEqualTo(url);
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        for (String url : new String[] {"jdbc:h2:mem:relais", "jdbc:h2:tcp://db:9092/relais",
                "jdbc:postgresql://127.0.0.1:5432/relais?password=x;WRITE_DELAY"}) {
            assertThat(H2Files.durable(url)).isEqualTo(url);
        }
    }

    @Test
    void theDirectoryOfTheDatabaseIsCreated() {
        Path nested = dir.resolve("relais-data").resolve("deeper");

        H2Files.durable("jdbc:h2:file:" + nested.resolve("relais") + ";WRITE_DELAY=0");

        assertThat(nested).isDirectory();
    }

    @Test
    void theDefaultIsAFileUnderRelaisData() {
        assertThat(JdbcSettings.h2Default().url()).isEqualTo("jdbc:h2:file:./relais-data/relais");
        assertThat(H2Files.filePath(JdbcSettings.DEFAULT_H2_URL)).contains("./relais-data/relais");
    }

    @Test
    void theEmbeddedDirectoryIsWhereTheFileIsAndOnlyForAnEmbeddedFile() {
        assertThat(JdbcSettings.h2Default().embeddedDirectory().map(Path::normalize))
                .contains(Path.of("relais-data").toAbsolutePath());
        assertThat(JdbcSettings.of("jdbc:h2:file:" + dir.resolve("x").resolve("db") + ";MODE=PostgreSQL").embeddedDirectory())
                .contains(dir.resolve("x").toAbsolutePath());
        assertThat(JdbcSettings.of("jdbc:h2:mem:test").embeddedDirectory()).isEmpty();
        assertThat(JdbcSettings.of("jdbc:postgresql://127.0.0.1:5432/test").embeddedDirectory()).isEmpty();
    }
}
