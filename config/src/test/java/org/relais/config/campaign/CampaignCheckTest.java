package org.relais.config.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.i18n.Language;

/**
 * {@code relais campaign check FILE}: what a coordinator reads and what a script sees in the exit
 * status (0 clean, 1 problems, 2 the file cannot be read), and the same lines when start-up refuses
 * a campaign.
 */
class CampaignCheckTest {
    @TempDir
    Path dir;

    private record Run(int status, List<String> lines) {}

    private static Run run(Path file, Language language, Clock clock) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = CampaignCheck.run(file, language, clock, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aCleanFileSaysHowManyActionsAreUnderWayToday() {
        // full.yaml: the first action runs through 2026, the second starts on 2027-01-01.
        assertThat(run(Fixtures.path("full.yaml"), Language.FR, TestClocks.at("2026-06-01T12:00:00Z")))
                .isEqualTo(new Run(0, List.of("Aucun problème : 2 action(s), dont 1 en cours aujourd’hui.")));
        assertThat(run(Fixtures.path("full.yaml"), Language.EN, TestClocks.at("2025-06-01T12:00:00Z")))
                .isEqualTo(new Run(0, List.of("No problem: 2 action(s), 0 of them under way today.")));
    }

    @Test
    void todayIsTheCampaignsDayNotUtcs() {
        // 03:00 UTC on January 1st is still December 31st in Toronto: the 2026 action has not started.
        assertThat(run(Fixtures.path("full.yaml"), Language.EN, TestClocks.at("2026-01-01T03:00:00Z")).lines())
                .containsExactly("No problem: 2 action(s), 0 of them under way today.");
        assertThat(run(Fixtures.path("full.yaml"), Language.EN, TestClocks.at("2026-01-01T06:00:00Z")).lines())
                .containsExactly("No problem: 2 action(s), 1 of them under way today.");
    }

    @Test
    void problemsComeAfterTheirCountOneALine() {
        Run run = run(Fixtures.path("problems.yaml"), Language.EN, TestClocks.at("2026-06-01T12:00:00Z"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(19);
        assertThat(run.lines().get(0)).isEqualTo("18 problem(s):");
        assertThat(run.lines().get(1)).isEqualTo(Fixtures.file("problems.yaml")
                + ":3:13: campaign.timezone: Unknown time zone “America/Montreal_Nord” (such as America/Toronto).");
        assertThat(run.lines().subList(1, 19)).allMatch(line -> line.matches("\\Q" + Fixtures.file("problems.yaml")
                + "\\E:\\d+:\\d+: [a-z\\[\\]0-9._]+: .+"));
    }

    @Test
    void aSyntaxErrorIsAProblemNotAnUnreadableFile() {
        Run run = run(Fixtures.path("syntax.yaml"), Language.FR, Clock.systemUTC());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(2).first().isEqualTo("1 problème(s) :");
    }

    @Test
    void aFileThatCannotBeReadExitsWithTwo() throws IOException {
        Path missing = dir.resolve("absent.yaml");
        assertThat(run(missing, Language.FR, Clock.systemUTC()))
                .isEqualTo(new Run(2, List.of(missing + ": Impossible de lire le fichier : " + missing)));
        assertThat(run(dir, Language.EN, Clock.systemUTC()).status()).isEqualTo(2);

        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "campaign:\n  name: {fr: \"Communauté\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run(latin1, Language.EN, Clock.systemUTC()))
                .isEqualTo(new Run(2, List.of(latin1 + ": Cannot read the file: UTF-8")));
    }

    @Test
    void startUpRefusesAnInvalidCampaignWithTheSameLines() {
        CampaignLoad load = Fixtures.load("problems.yaml");

        assertThatThrownBy(() -> load.campaignOrThrow(Language.EN))
                .isInstanceOfSatisfying(InvalidCampaignException.class, e ->
                        assertThat(e.lines()).isEqualTo(load.report(Language.EN, Clock.systemUTC())))
                .hasMessageStartingWith("18 problem(s):" + System.lineSeparator() + Fixtures.file("problems.yaml") + ":3:13: ");
        assertThatThrownBy(() -> CampaignFiles.load(dir.resolve("absent.yaml")).campaignOrThrow(Language.FR))
                .isInstanceOf(InvalidCampaignException.class)
                .hasMessageContaining("Impossible de lire le fichier");
    }
}
