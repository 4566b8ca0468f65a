package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's other commands and its refusals, as a coordinator meets them. */
class CommandsIT {
    private static final String BAD = String.join("\n",
            "campaign:",
            "  name: {fr: Essai, en: Trial}",
            "actions:",
            "  - id: essai",
            "    title: {fr: Essai, en: Trial}",
            "    wordings: {fr: [Bonjour], en: [Hello]}",
            "    targets:",
            "      - name: José",
            "        handle: josé",
            "");

    @TempDir
    Path dir;

    private String stderr() throws Exception {
        try (var logs = Files.list(dir)) {
            return logs.filter(p -> p.getFileName().toString().startsWith("stderr"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .reduce("", String::concat)
                    .replace('\u00a0', ' ');
        }
    }

    @Test
    void campaignCheckListsEachProblemWithItsPlace() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), BAD);
        try (RelaisProcess check = RelaisProcess.start(dir, Map.of(), "campaign", "check", "bad.yaml")) {
            assertThat(check.finish()).isEqualTo(1);
            assertThat(String.join("\n", check.transcript()))
                    .contains("bad.yaml:9:17: actions[0].targets[0].handle: « @josé » n’est pas un nom X valide");
        }
    }

    /** A file imported is the campaign in force (even over RELAIS_CAMPAIGN), and its export passes check. */
    @Test
    void anImportedCampaignIsInForceAndItsExportReadsBack() throws Exception {
        Files.writeString(dir.resolve("good.yaml"), BAD.replace("handle: josé", "handle: jose_essai"));
        Files.writeString(dir.resolve("settings.yaml"), BAD.replace("handle: josé", "email: jose@example.org")
                .replace("{fr: Essai, en: Trial}", "{fr: Réglages, en: Settings}"));
        try (RelaisProcess imported = RelaisProcess.start(dir, Map.of(), "campaign", "import", "good.yaml")) {
            assertThat(imported.finish()).isZero();
            assertThat(imported.transcript()).containsExactly("Campagne importée, en vigueur dès le prochain message : 1 action(s),"
                    + " dont 1 nouvelle(s), 0 modifiée(s) et 0 inchangée(s).");
        }
        try (RelaisProcess chat = RelaisProcess.start(dir, Map.of("RELAIS_CAMPAIGN", "settings.yaml"))) {
            assertThat(chat.type("/menu").finish()).isZero();
            assertThat(String.join("\n", chat.transcript())).contains("Essai").doesNotContain("Réglages");
            assertThat(stderr()).contains("the database holds a campaign", "not settings.yaml");
        }
        try (RelaisProcess exported = RelaisProcess.start(dir, Map.of(), "campaign", "export", "out.yaml")) {
            assertThat(exported.finish()).isZero();
        }
        try (RelaisProcess check = RelaisProcess.start(dir, Map.of(), "campaign", "check", "out.yaml")) {
            assertThat(check.finish()).isZero();
            assertThat(check.transcript()).containsExactly("Aucun problème : 1 action(s), dont 1 en cours aujourd’hui.");
        }
    }

    @Test
    void anImportWithProblemsChangesNothing() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), BAD);
        try (RelaisProcess imported = RelaisProcess.start(dir, Map.of(), "campaign", "import", "bad.yaml")) {
            assertThat(imported.finish()).isEqualTo(1);
            assertThat(String.join("\n", imported.transcript()))
                    .contains("bad.yaml:9:17: actions[0].targets[0].handle: « @josé » n’est pas un nom X valide",
                            "Rien n’a été importé");
        }
        try (RelaisProcess exported = RelaisProcess.start(dir, Map.of(), "campaign", "export")) {
            assertThat(exported.finish()).isZero();
            assertThat(exported.transcript().get(0)).startsWith("# Campagne Relais exportée de " + "org/relais/config/campaign/default.yaml");
        }
    }

    @Test
    void startingOnAnInvalidCampaignFailsWithTheSameMessages() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), BAD);
        try (RelaisProcess relais = RelaisProcess.start(dir, Map.of("RELAIS_CAMPAIGN", "bad.yaml"))) {
            assertThat(relais.finish()).isEqualTo(1);
            assertThat(stderr()).contains("bad.yaml:9:17: actions[0].targets[0].handle: « @josé » n’est pas un nom X valide");
            assertThat(relais.transcript()).isEmpty();
        }
    }

    @Test
    void aBadSettingStopsStartUpWithOneLineNamingIt() throws Exception {
        try (RelaisProcess relais = RelaisProcess.start(dir, Map.of("RELAIS_LANGUAGE", "de"))) {
            assertThat(relais.finish()).isEqualTo(2);
            assertThat(stderr().strip()).isEqualTo("relais: RELAIS_LANGUAGE must be fr or en, not 'de'");
        }
    }

    @Test
    void aDatabasePasswordNeverReachesTheOutput() throws Exception {
        Map<String, String> env = Map.of(
                "RELAIS_DB_URL", "jdbc:postgresql://127.0.0.1:1/nowhere",
                "RELAIS_DB_USER", "relais",
                "RELAIS_DB_PASSWORD", "s3cr3t-Pa55");
        try (RelaisProcess relais = RelaisProcess.start(dir, env)) {
            assertThat(relais.finish()).isEqualTo(1);
            String all = stderr() + String.join("\n", relais.transcript());
            assertThat(all).contains("relais:").doesNotContain("s3cr3t-Pa55");
        }
    }

    @Test
    void helpAndUnknownCommands() throws Exception {
        try (RelaisProcess help = RelaisProcess.start(dir, Map.of(), "help")) {
            assertThat(help.finish()).isZero();
            assertThat(help.transcript()).anyMatch(line -> line.contains("campaign check FILE"));
        }
        try (RelaisProcess unknown = RelaisProcess.start(dir, Map.of(), "fly")) {
            assertThat(unknown.finish()).isEqualTo(2);
            assertThat(stderr()).contains("relais: unknown command 'fly'");
        }
    }
}
