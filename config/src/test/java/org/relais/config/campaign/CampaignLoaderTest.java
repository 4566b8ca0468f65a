package org.relais.config.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.RelayPost;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;

/**
 * The loader reads what a coordinator means, not what YAML 1.1 guesses, and places each problem it
 * finds on the node to edit, without the validator repeating what it already said.
 */
class CampaignLoaderTest {
    private static final String HEAD = """
            campaign:
              name: {fr: Nom, en: Name}
            actions:
            """;

    private static List<Tuple> problems(String yaml) {
        return CampaignFiles.parse("t.yaml", yaml).problems().stream()
                .map(p -> tuple(p.line(), p.column(), p.path(), p.key()))
                .toList();
    }

    @Test
    void theFullExampleBuildsEveryField() {
        CampaignLoad load = Fixtures.load("full.yaml");
        assertThat(load.problems()).isEmpty();
        Campaign campaign = load.campaignOrThrow(Language.FR);
        Action full = campaign.actions().get(0);

        assertThat(campaign.name().in(Language.EN)).isEqualTo("Example campaign > every field");
        assertThat(full.id()).isEqualTo("exemple-complet");
        assertThat(full.description().in(Language.FR)).startsWith("Pour montrer le format");
        assertThat(full.wordings().get(Language.FR)).containsExactly(
                "Les #OCASSS ont besoin d’un rehaussement du financement du #PSOC.",
                "Un texte plié sur plusieurs lignes devient une seule ligne.");
        assertThat(full.targets()).containsExactly(
                new Target("Camille Exemple", Optional.of("camille_exemple"), Optional.of("camille.exemple@example.org"),
                        Optional.of("https://example.org/facebook/camille-exemple"), false),
                new Target("Bureau régional fictif", Optional.empty(), Optional.of("bureau+regional@example.org"),
                        Optional.of("https://example.org/facebook/bureau-regional"), true));
        // "#OCASSS" from the campaign comes first; the action's "ocasss" is the same tag and is dropped.
        assertThat(full.requiredHashtags()).containsExactly("OCASSS", "PSOC");
        assertThat(full.optionalHashtags()).containsExactly("polQc");
        assertThat(full.relayPosts()).extracting(RelayPost::tweetId)
                .containsExactly(Optional.of("1111111111111111111"), Optional.empty());
        assertThat(full.starts()).contains(LocalDate.of(2026, 1, 1));
        assertThat(full.ends()).contains(LocalDate.of(2026, 12, 31));
        assertThat(full.lengthRule()).isEqualTo(LengthRule.X280);
        assertThat(full.emailSubject()).isEqualTo(Localized.of("Le financement des organismes communautaires",
                "Funding for community groups"));
        assertThat(full.emailSubjectIn(Language.EN)).isEqualTo("Funding for community groups");
        // Without email_subject, the e-mails take the title.
        Action later = campaign.actions().get(1);
        assertThat(later.emailSubject().texts()).isEmpty();
        assertThat(later.emailSubjectIn(Language.FR)).isEqualTo("Une action courte qui commence plus tard");
    }

    @Test
    void yaml11GuessesDoNotBite() {
        Action digits = CampaignFiles.parse("t.yaml", HEAD + """
                  - id: 0123
                    title: {fr: Chiffres, en: Digits}
                    wordings:
                      fr: [no, yes, 0123, 2026-01-01]
                      en: [off, on, "null", 1e3]
                    length: X140
                """).campaignOrThrow(Language.EN).actions().get(0);

        assertThat(digits.id()).isEqualTo("0123");
        assertThat(digits.wordings().get(Language.FR)).containsExactly("no", "yes", "0123", "2026-01-01");
        assertThat(digits.wordings().get(Language.EN)).containsExactly("off", "on", "null", "1e3");
        assertThat(digits.lengthRule()).isEqualTo(LengthRule.X140);
        assertThat(digits.description().texts()).isEmpty();
        assertThat(digits.targets()).isEmpty();
    }

    @Test
    void aMissingKeyIsReportedAtTheMappingThatLacksItAndNotRepeated() {
        assertThat(problems(HEAD + """
                  - id: a
                    wordings: {fr: [Texte], en: [Text]}
                """)).containsExactly(tuple(4, 5, "actions[0]", "check.missing_key"));
        assertThat(problems("actions: []\n")).containsExactly(
                tuple(1, 1, "", "check.missing_key"),
                tuple(1, 10, "actions", "check.no_actions"));
        assertThat(CampaignFiles.parse("t.yaml", "# nothing yet\n").problems())
                .extracting(LocatedProblem::line, LocatedProblem::column, LocatedProblem::path, p -> p.problem().args())
                .containsExactly(tuple(1, 1, "", List.of("campaign")), tuple(1, 1, "", List.of("actions")));
    }

    @Test
    void aKeyWithNoValueIsMissingWhenRequiredAndAbsentOtherwise() {
        CampaignLoad load = CampaignFiles.parse("t.yaml", HEAD + """
                  - id: a
                    title:
                    wordings: {fr: [Texte], en: [Text]}
                    targets:
                      - {name: N, handle: nn, email: }
                """);
        assertThat(load.problems()).extracting(LocatedProblem::line, LocatedProblem::column, LocatedProblem::path,
                LocatedProblem::key).containsExactly(tuple(5, 5, "actions[0].title", "check.missing_key"));
        assertThat(load.campaign().get().actions().get(0).targets().get(0).email()).isEmpty();
    }

    @Test
    void theWrongKindOfNodeIsReportedOnceWhereItIs() {
        assertThat(problems("- campaign\n")).containsExactly(tuple(1, 1, "", "check.expected_map"));
        assertThat(problems(HEAD + """
                  - id: a
                    title: {fr: [Titre], en: Title}
                    wordings: {fr: [Texte, {a: b}], en: Text}
                    targets: {name: N}
                """)).containsExactly(
                        tuple(5, 17, "actions[0].title.fr", "check.expected_text"),
                        tuple(6, 28, "actions[0].wordings.fr[1]", "check.expected_text"),
                        tuple(6, 41, "actions[0].wordings.en", "check.expected_list"),
                        tuple(7, 14, "actions[0].targets", "check.expected_list"));
    }

    @Test
    void campaignLevelProblemsUseTheFilesPaths() {
        assertThat(problems("""
                campaign:
                  name: {fr: Nom}
                  hashtags: OCASSS
                actions: []
                """)).containsExactly(
                        tuple(2, 9, "campaign.name.en", "check.missing_translation"),
                        tuple(3, 13, "campaign.hashtags", "check.expected_list"),
                        tuple(4, 10, "actions", "check.no_actions"));
    }

    @Test
    void mergedHashtagsPointAtTheActionsOwnItem() {
        String yaml = """
                campaign:
                  name: {fr: Nom, en: Name}
                  hashtags: [OCASSS]
                actions:
                  - id: a
                    title: {fr: Titre, en: Title}
                    wordings: {fr: [Texte], en: [Text]}
                    hashtags:
                      required: [ocasss, "#PSOC", mot clic]
                """;
        assertThat(problems(yaml)).containsExactly(tuple(9, 35, "actions[0].hashtags.required[2]", "hashtag.bad_chars"));
        assertThat(CampaignFiles.parse("t.yaml", yaml).campaign().get().actions().get(0).requiredHashtags())
                .containsExactly("OCASSS", "PSOC", "mot clic");
    }

    @Test
    void aKeyWrittenTwiceIsReportedAtTheSecondInTheReportsLanguage() {
        List<LocatedProblem> twice = CampaignFiles.parse("t.yaml", HEAD + """
                  - id: a
                    id: b
                    title: {fr: Titre, en: Title, fr: Autre}
                    wordings: {fr: [Texte], en: [Text]}
                """).problems();

        assertThat(twice).extracting(LocatedProblem::line, LocatedProblem::column, LocatedProblem::path, LocatedProblem::key)
                .containsExactly(
                        tuple(5, 5, "actions[0].id", "check.duplicate_key"),
                        tuple(6, 35, "actions[0].title.fr", "check.duplicate_key"));
        assertThat(twice).extracting(problem -> problem.format(Language.FR)).containsExactly(
                "t.yaml:5:5: actions[0].id: La clé «\u00A0id\u00A0» est écrite deux fois ici.",
                "t.yaml:6:35: actions[0].title.fr: La clé «\u00A0fr\u00A0» est écrite deux fois ici.");
        assertThat(twice.get(0).format(Language.EN)).isEqualTo("t.yaml:5:5: actions[0].id: The key “id” is written twice here.");
    }

    @Test
    void aControlCharacterIsASyntaxErrorAtItsPlaceNamedByItsCodePoint() {
        List<LocatedProblem> control = CampaignFiles.parse("t.yaml", "campaign:\n  name: {fr: \"Nom\u0007\"}\n").problems();

        assertThat(control).extracting(LocatedProblem::line, LocatedProblem::column, LocatedProblem::path, LocatedProblem::key)
                .containsExactly(tuple(2, 18, "", "check.yaml_syntax"));
        assertThat(control.get(0).format(Language.FR)).isEqualTo("t.yaml:2:18: Le fichier n’est pas du YAML valide\u00A0: U+0007");
        assertThat(control.get(0).format(Language.EN)).isEqualTo("t.yaml:2:18: The file is not valid YAML: U+0007");
    }

    @Test
    void aDateOfTheRightFormThatDoesNotExistIsToldApartFromAnotherForm() {
        List<LocatedProblem> dates = CampaignFiles.parse("t.yaml", HEAD + """
                  - id: a
                    title: {fr: Titre, en: Title}
                    wordings: {fr: [Texte], en: [Text]}
                    starts: 2026-02-30
                    ends: 31/12/2026
                  - id: b
                    title: {fr: Titre, en: Title}
                    wordings: {fr: [Texte], en: [Text]}
                    starts: 2026-13-01
                    ends: 2026-1-31
                  - id: c
                    title: {fr: Titre, en: Title}
                    wordings: {fr: [Texte], en: [Text]}
                    starts: "+12026-01-01"
                    ends: 2028-02-29
                """).problems();

        assertThat(dates).extracting(LocatedProblem::path, LocatedProblem::key).containsExactly(
                tuple("actions[0].starts", "check.no_such_date"),
                tuple("actions[0].ends", "check.bad_date"),
                tuple("actions[1].starts", "check.no_such_date"),
                tuple("actions[1].ends", "check.bad_date"),
                tuple("actions[2].starts", "check.bad_date"));
        assertThat(dates.get(0).format(Language.FR))
                .isEqualTo("t.yaml:7:13: actions[0].starts: «\u00A02026-02-30\u00A0» a la bonne forme, mais cette date n’existe pas.");
        assertThat(dates.get(0).format(Language.EN))
                .isEqualTo("t.yaml:7:13: actions[0].starts: “2026-02-30” has the right form, but this date does not exist.");
        assertThat(dates.get(1).format(Language.FR))
                .isEqualTo("t.yaml:8:11: actions[0].ends: «\u00A031/12/2026\u00A0» n’est pas une date AAAA-MM-JJ.");
        assertThat(dates.get(1).format(Language.EN))
                .isEqualTo("t.yaml:8:11: actions[0].ends: “31/12/2026” is not a YYYY-MM-DD date.");
    }

    /** An action of its own at {@code id}, with {@code subject} written after {@code email_subject:}. */
    private static String withSubject(String id, String subject) {
        return """
                  - id: %s
                    title: {fr: Titre, en: Title}
                    email_subject:%s
                    wordings: {fr: [Texte], en: [Text]}
                """.formatted(id, subject);
    }

    @Test
    void anEmailSubjectIsReadInBothLanguagesOrNone() {
        List<Action> actions = CampaignFiles.parse("t.yaml", HEAD
                        + withSubject("a", " {fr: \"Nos organismes\", en: \"Our community groups\"}")
                        + withSubject("b", ""))
                .campaignOrThrow(Language.FR).actions();

        assertThat(actions.get(0).emailSubjectIn(Language.FR)).isEqualTo("Nos organismes");
        assertThat(actions.get(0).emailSubjectIn(Language.EN)).isEqualTo("Our community groups");
        // A key with no value counts as absent: the e-mails take the title.
        assertThat(actions.get(1).emailSubject().texts()).isEmpty();
        assertThat(actions.get(1).emailSubjectIn(Language.EN)).isEqualTo("Title");
    }

    @Test
    void anEmailSubjectInOneLanguageLacksTheOtherWhereItIsWritten() {
        List<LocatedProblem> half = CampaignFiles.parse("t.yaml", HEAD
                + withSubject("a", " {fr: \"Nos organismes\"}")
                + withSubject("b", "\n      en: \"Our community groups\"\n      fr:")).problems();

        assertThat(half).extracting(LocatedProblem::line, LocatedProblem::column, LocatedProblem::path, LocatedProblem::key)
                .containsExactly(
                        tuple(6, 20, "actions[0].email_subject.en", "check.missing_translation"),
                        tuple(11, 7, "actions[1].email_subject.fr", "check.missing_translation"));
        assertThat(half.get(0).format(Language.FR))
                .isEqualTo("t.yaml:6:20: actions[0].email_subject.en: Traduction manquante\u00A0: «\u00A0en\u00A0».");
        assertThat(half.get(1).format(Language.EN))
                .isEqualTo("t.yaml:11:7: actions[1].email_subject.fr: Missing translation: “fr”.");
    }

    @Test
    void aWrongEmailSubjectIsReportedOnceWhereItIs() {
        // A list where a text belongs is the only problem about "fr": no missing translation on top.
        assertThat(problems(HEAD
                + withSubject("a", " Nos organismes")
                + withSubject("b", " {fr: [Nos organismes], en: Our community groups, de: Unsere Gruppen}")))
                .containsExactly(
                        tuple(6, 20, "actions[0].email_subject", "check.expected_map"),
                        tuple(10, 25, "actions[1].email_subject.fr", "check.expected_text"),
                        tuple(10, 69, "actions[1].email_subject.de", "check.unknown_language"));
    }

    @Test
    void signsPeopleTypeOutOfHabitAreStripped() {
        Action action = CampaignFiles.parse("t.yaml", HEAD + """
                  - id: a
                    title: {fr: Titre, en: Title}
                    wordings: {fr: [Texte], en: [Text]}
                    targets: [{name: N, handle: "@nn"}]
                    hashtags: {required: ["#PSOC"], optional: ["＃polQc"]}
                """).campaignOrThrow(Language.FR).actions().get(0);
        assertThat(action.targets().get(0).handle()).contains("nn");
        assertThat(action.requiredHashtags()).containsExactly("PSOC");
        assertThat(action.optionalHashtags()).containsExactly("polQc");
    }
}
