package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committed step survives {@code kill -9}: the real jar on its default embedded database answers a
 * step, is killed with SIGKILL the moment the answer is printed, and a new process on the same file
 * continues at that step. (With H2's default write delay the step was lost: see docs/durability.md.)
 */
class DurabilityIT {
    @TempDir
    Path dir;

    @Test
    void aStepAnsweredBeforeSigkillIsThereAfterRestart() throws Exception {
        try (RelaisProcess first = RelaisProcess.start(dir, Map.of())) {
            first.await("🌐 English");
            first.type("1").await("Étape 1 sur 5");
            first.await("☰ Menu");
            first.type("3").await("Étape 2 sur 5");
            first.await("☰ Menu");
            first.type("1").await("Retiré : Lucie Charlebois");
            first.kill();
        }
        assertThat(dir.resolve("relais-data/relais.mv.db")).exists();

        try (RelaisProcess second = RelaisProcess.start(dir, Map.of())) {
            second.await("On reprend où vous en étiez : Rehausser le financement du PSOC.");
            second.await("Étape 2 sur 5");
            second.await("⬜ Lucie Charlebois (@luciecharlebois)");
            second.await("☰ Menu");
            second.type("2").await("Étape 3 sur 5");
            second.await("☰ Menu");
            second.type("4").await("Étape 4 sur 5");
            String post = second.await(line -> line.startsWith("Plus de demandes, pas plus de moyens"), "with wording 3");
            assertThat(post).as("the target removed before the kill stays removed").doesNotContain("@luciecharlebois");
            assertThat(second.finish()).isZero();
        }
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().startsWith("stderr"))).allSatisfy(log ->
                assertThat(Files.readString(log)).doesNotContain("Exception"));
    }
}
