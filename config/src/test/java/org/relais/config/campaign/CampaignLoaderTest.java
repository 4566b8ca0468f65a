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
    void aKeyWrittenTwiceIsReportedAtTheSecond() {
        assertThat(problems(HEAD + """
                  - id: a
                    id: b
                    title: {fr: Titre, en: Title, fr: Autre}
                    wordings: {fr: [Texte], en: [Text]}
                """)).containsExactly(
                        tuple(5, 5, "actions[0].id", "check.yaml_syntax"),
                        tuple(6, 35, "actions[0].title.fr", "check.yaml_syntax"));
    }

    @Test
    void aControlCharacterIsASyntaxErrorAtItsPlace() {
        assertThat(problems("campaign:\n  name: {fr: \"Nom\u0007\"}\n"))
                .containsExactly(tuple(2, 18, "", "check.yaml_syntax"));
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
