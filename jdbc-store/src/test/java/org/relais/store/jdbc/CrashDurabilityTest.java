package org.relais.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.port.StoredConversation;

/**
 * A commit survives {@code kill -9} of the process that made it, on the embedded H2 default. H2's
 * default write delay loses such commits (see {@link H2Files}); the store's {@code WRITE_DELAY=0}
 * is what this test guards.
 */
class CrashDurabilityTest {
    private static final int COMMITS = 50;

    @TempDir
    Path dir;

    @Test
    void everyCommitMadeBeforeAKillIsThereAfterIt() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath();
        try (ChildJvm child = ChildJvm.start("commit", url, String.valueOf(COMMITS))) {
            child.awaitLine("committed " + COMMITS);
            child.kill();
        }

        try (JdbcStore store = JdbcStore.open(JdbcSettings.of(url))) {
            long found = IntStream.rangeClosed(1, COMMITS)
                    .filter(i -> store.inTransaction(tx -> tx.conversations().find(StoreChild.key(i))).isPresent())
                    .count();
            assertThat(found).as("conversations found after the crash").isEqualTo(COMMITS);
            StoredConversation last = store.inTransaction(tx -> tx.conversations().find(StoreChild.key(COMMITS)))
                    .orElseThrow();
            assertThat(last.data()).isEqualTo(StoreChild.conversation(COMMITS).data());
            assertThat(last.version()).isEqualTo(1);
        }
    }
}
