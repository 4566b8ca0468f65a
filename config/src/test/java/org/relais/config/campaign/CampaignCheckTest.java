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
                .isEqualTo(new Run(0, List.of("Aucun problème\u00A0: 2 action(s), dont 1 en cours aujourd’hui.")));
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
        assertThat(run.lines()).hasSize(2).first().isEqualTo("1 problème(s)\u00A0:");
    }

    /** Exit status 2, one line naming the file, with the reason in each language, under {@code key}. */
    private static void assertUnreadable(Path file, String key, String french, String english) {
        assertThat(run(file, Language.FR, Clock.systemUTC())).isEqualTo(new Run(2, List.of(file + ": " + french)));
        assertThat(run(file, Language.EN, Clock.systemUTC())).isEqualTo(new Run(2, List.of(file + ": " + english)));
        assertThat(CampaignFiles.load(file).problems()).extracting(LocatedProblem::key).containsExactly(key);
    }

    @Test
    void aMissingFileIsSaidSoInTheReportsLanguage() {
        assertUnreadable(dir.resolve("absent.yaml"), "check.file_missing",
                "Ce fichier n’existe pas.", "This file does not exist.");
    }

    @Test
    void aFolderIsSaidSoNotInTheSystemsEnglish() {
        assertUnreadable(dir, "check.is_folder",
                "C’est un dossier, pas un fichier de campagne.", "This is a folder, not a campaign file.");
    }

    @Test
    void aFileInAnotherEncodingIsAskedToBeSavedAsUtf8() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "campaign:\n  name: {fr: \"Communauté\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        assertUnreadable(latin1, "check.not_utf8",
                "Le fichier n’est pas en UTF-8\u00A0: enregistrez-le en UTF-8.", "The file is not UTF-8: save it as UTF-8.");
    }

    @Test
    void anyOtherReadErrorIsNamedByItsTypeNotBySystemsWords() throws IOException {
        // A path through a file ("Not a directory" on Linux): no finer key, and no English sentence.
        Path file = Files.writeString(dir.resolve("plain.yaml"), "campaign:\n");
        Path through = file.resolve("campaign.yaml");

        Run run = run(through, Language.FR, Clock.systemUTC());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).hasSize(1);
        assertThat(run.lines().get(0))
                .startsWith(through + ": Impossible de lire le fichier\u00A0: ")
                .matches(".*: [A-Za-z]+Exception")
                .doesNotContain("Not a directory");
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
                .hasMessage(dir.resolve("absent.yaml") + ": Ce fichier n’existe pas.");
    }
}
