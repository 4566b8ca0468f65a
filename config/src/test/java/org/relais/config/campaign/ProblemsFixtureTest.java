package org.relais.config.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relais.core.i18n.Language;

/**
 * {@code problems.yaml} holds many mistakes at once. One run must report every one of them, each at
 * the line and column a coordinator has to edit, under the path the file spells, with the right
 * reason: the loader's (keys, kinds, dates, rules) and the validator's (handles, hashtags, lengths,
 * duplicates, translations) alike.
 */
class ProblemsFixtureTest {
    private final CampaignLoad load = Fixtures.load("problems.yaml");

    @Test
    void everyProblemIsReportedAtItsLineColumnAndPath() {
        assertThat(load.problems())
                .extracting(LocatedProblem::line, LocatedProblem::column, LocatedProblem::path, LocatedProblem::key)
                .containsExactly(
                        tuple(3, 13, "campaign.timezone", "check.bad_zone"),
                        tuple(4, 22, "campaign.hashtags[1]", "hashtag.no_letter"),
                        tuple(14, 17, "actions[0].targets[0].handle", "handle.bad_chars"),
                        tuple(16, 17, "actions[0].targets[1].handle", "handle.too_long"),
                        tuple(17, 33, "actions[0].targets[1].facebook_accepts_posts", "check.bad_boolean"),
                        tuple(18, 9, "actions[0].targets[2]", "check.missing_key"),
                        tuple(20, 18, "actions[0].hashtags.required[0]", "hashtag.bad_chars"),
                        tuple(21, 25, "actions[0].hashtags.optional[1]", "hashtag.no_letter"),
                        tuple(22, 13, "actions[0].starts", "check.no_such_date"),
                        tuple(23, 13, "actions[0].length", "check.bad_length_rule"),
                        tuple(26, 12, "actions[1].title.en", "check.missing_translation"),
                        tuple(26, 36, "actions[1].title.de", "check.unknown_language"),
                        tuple(29, 11, "actions[1].wordings.fr[0]", "check.wording_too_long"),
                        tuple(33, 9, "actions[2].id", "check.duplicate_id"),
                        tuple(36, 7, "actions[2].wordings.en", "check.missing_wordings"),
                        tuple(37, 5, "actions[2].hastags", "check.unknown_key"),
                        tuple(39, 12, "actions[2].relay", "check.expected_list"),
                        tuple(40, 11, "actions[2].ends", "check.bad_date"));
    }

    @Test
    void argumentsNameWhatIsWrong() {
        assertThat(load.problems())
                .extracting(LocatedProblem::path, problem -> problem.problem().args())
                .contains(
                        tuple("campaign.timezone", List.of("America/Montreal_Nord")),
                        tuple("actions[0].targets[0].handle", List.of("@josé", "é")),
                        tuple("actions[0].targets[1].handle", List.of("@abcdefghijklmnopqrstuvwxyz1234", 30, 15)),
                        tuple("actions[0].targets[1].facebook_accepts_posts", List.of("no")),
                        tuple("actions[0].targets[2]", List.of("name")),
                        tuple("actions[0].hashtags.required[0]", List.of("#climate-action", "-")),
                        tuple("actions[0].starts", List.of("2026-02-30")),
                        tuple("actions[1].wordings.fr[0]", List.of(141, 140, "x140")),
                        tuple("actions[2].id", List.of("psoc", "actions[0]")),
                        tuple("actions[2].hastags", List.of("hastags", "id, title, wordings, description,"
                                + " email_subject, targets, hashtags, relay, starts, ends, length, closed")),
                        tuple("actions[2].ends", List.of("31/12/2026")));
    }

    @Test
    void linesReadInFrench() {
        assertReport(Language.FR, "18 problème(s)\u00A0:",
                ":14:17: actions[0].targets[0].handle: «\u00A0@josé\u00A0» n’est pas un nom X valide\u00A0: un nom X ne contient"
                        + " que des lettres sans accent, des chiffres et le caractère _. En trop\u00A0: é",
                ":37:5: actions[2].hastags: Clé inconnue «\u00A0hastags\u00A0». Clés possibles ici\u00A0: id, title, wordings,"
                        + " description, email_subject, targets, hashtags, relay, starts, ends, length, closed.",
                ":26:12: actions[1].title.en: Traduction manquante\u00A0: «\u00A0en\u00A0».",
                ":22:13: actions[0].starts: «\u00A02026-02-30\u00A0» a la bonne forme, mais cette date n’existe pas.",
                ":40:11: actions[2].ends: «\u00A031/12/2026\u00A0» n’est pas une date AAAA-MM-JJ.",
                ":29:11: actions[1].wordings.fr[0]: Cette formulation ne tient pas dans la règle x140, même sans"
                        + " personne à interpeller\u00A0: 141 / 140 avec les mots-clics obligatoires.");
    }

    @Test
    void linesReadInEnglish() {
        assertReport(Language.EN, "18 problem(s):",
                ":16:17: actions[0].targets[1].handle: “@abcdefghijklmnopqrstuvwxyz1234” has 30 characters,"
                        + " but an X username has 15 at most. Check the name on the person’s profile.",
                ":4:22: campaign.hashtags[1]: “#123” would not be a hashtag on X: it needs at least one letter"
                        + " (#PSOC2025 rather than #2025).",
                ":23:13: actions[0].length: Unknown length rule “x200”: x280 or x140.",
                ":33:9: actions[2].id: The id “psoc” is already taken by actions[0].",
                ":36:7: actions[2].wordings.en: No wording in “en”: at least one is needed.",
                ":22:13: actions[0].starts: “2026-02-30” has the right form, but this date does not exist.",
                ":40:11: actions[2].ends: “31/12/2026” is not a YYYY-MM-DD date.");
    }

    /** The count first, then among the 18 lines these, each after the file's name. */
    private void assertReport(Language language, String count, String... placedMessages) {
        List<String> lines = load.report(language, TestClocks.at("2026-06-01T12:00:00Z"));

        assertThat(lines).hasSize(19).first().isEqualTo(count);
        assertThat(lines).contains(Stream.of(placedMessages).map(line -> Fixtures.file("problems.yaml") + line)
                .toArray(String[]::new));
    }

    @Test
    void theCampaignIsStillBuiltSoTheValidatorSeesTheRest() {
        assertThat(load.campaign()).isPresent();
        assertThat(load.isValid()).isFalse();
        assertThat(load.exitStatus()).isEqualTo(CampaignLoad.PROBLEMS);
        // Only the valid campaign-wide hashtag is merged: #123 is reported once, at its own place.
        assertThat(load.campaign().get().actions().get(0).requiredHashtags()).containsExactly("OCASSS", "climate-action");
    }

    @Test
    void aSyntaxErrorIsReportedWithSnakeYamlsMark() {
        CampaignLoad syntax = Fixtures.load("syntax.yaml");

        assertThat(syntax.campaign()).isEmpty();
        assertThat(syntax.problems())
                .extracting(LocatedProblem::line, LocatedProblem::column, LocatedProblem::path, LocatedProblem::key)
                .containsExactly(tuple(6, 5, "", "check.yaml_syntax"));
        assertThat(syntax.problems().get(0).format(Language.FR)).isEqualTo(Fixtures.file("syntax.yaml")
                + ":6:5: Le fichier n’est pas du YAML valide\u00A0: expected ',' or '}', but got <scalar>"
                + " (while parsing a flow mapping, 5:12)");
        assertThat(syntax.problems().get(0).format(Language.EN)).startsWith(Fixtures.file("syntax.yaml")
                + ":6:5: The file is not valid YAML: expected ',' or '}'");
    }
}
