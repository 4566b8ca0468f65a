package org.relais.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.i18n.Language;
import org.relais.core.testing.TestCampaigns;

/** The semantic checks of a campaign; the YAML loader's tests cover the places in the file. */
class CampaignValidatorTest {
    private static Action action(String id, List<String> fr, List<Target> targets, List<String> required,
            List<String> optional, LengthRule rule) {
        return new Action(id, Localized.of("Titre", "Title"), Localized.of(null, null),
                Map.of(Language.FR, fr, Language.EN, List.of("Hello")), targets, required, optional, List.of(),
                Optional.empty(), Optional.empty(), rule);
    }

    private static List<String> problems(Action... actions) {
        return CampaignValidator.validate(new Campaign(Localized.of("C", "C"), List.of(actions), Campaign.DEFAULT_ZONE))
                .stream().map(p -> p.path() + " " + p.key() + " " + p.args()).toList();
    }

    @Test
    void theTestCampaignIsValid() {
        assertThat(CampaignValidator.validate(TestCampaigns.standard())).isEmpty();
    }

    @Test
    void handlesHashtagsAndIds() {
        assertThat(problems(action("Bad Id", List.of("Bonjour"), List.of(Target.withHandle("José", "josé"),
                Target.withHandle("Long", "a".repeat(30))), List.of("123"), List.of("climate-action"), LengthRule.X280)))
                .containsExactly(
                        "actions[0].id check.bad_id [Bad Id]",
                        "actions[0].targets[0].handle handle.bad_chars [@josé, é]",
                        "actions[0].targets[1].handle handle.too_long [@" + "a".repeat(30) + ", 30, 15]",
                        "actions[0].hashtags.required[0] hashtag.no_letter [#123]",
                        "actions[0].hashtags.optional[0] hashtag.bad_chars [#climate-action, -]");
    }

    @Test
    void duplicatesAreNamedWithTheFirstPlace() {
        assertThat(problems(
                action("a", List.of("Bonjour"), List.of(Target.withHandle("A", "Meme"), Target.withHandle("B", "meme")),
                        List.of("OCASSS"), List.of("polQc", "ocasss", "POLQC"), LengthRule.X280),
                action("a", List.of("Bonjour"), List.of(), List.of("OCASSS"), List.of(), LengthRule.X280)))
                .containsExactly(
                        "actions[0].targets[1].handle check.duplicate_handle [meme, actions[0].targets[0]]",
                        "actions[0].hashtags.optional[1] check.duplicate_hashtag [ocasss, actions[0].hashtags.required[0]]",
                        "actions[0].hashtags.optional[2] check.duplicate_hashtag [POLQC, actions[0].hashtags.optional[0]]",
                        "actions[1].id check.duplicate_id [a, actions[0]]");
    }

    @Test
    void aWordingMustFitItsRuleWithTheRequiredHashtagsAndReadItsTagsWhole() {
        assertThat(problems(action("a", List.of("x".repeat(133), "Pour le #climate-action et @josé, pas #123!", "#PSOC."),
                List.of(), List.of("OCASSS"), List.of(), LengthRule.X140)))
                .containsExactly(
                        "actions[0].wordings.fr[0] check.wording_too_long [141, 140, x140]",
                        "actions[0].wordings.fr[1] check.wording_hashtag [#climate-action, #climate]",
                        "actions[0].wordings.fr[1] check.wording_handle [@josé]",
                        "actions[0].wordings.fr[1] hashtag.no_letter [#123]");
    }

    @Test
    void translationsReachabilityAddressesAndDates() {
        Action base = action("a", List.of("Bonjour"), List.of(new Target("Nobody", Optional.empty(), Optional.empty(),
                Optional.of("http://insecure.example"), false), new Target("", Optional.empty(), Optional.of("pas une adresse"),
                Optional.empty(), false)), List.of("OCASSS"), List.of(), LengthRule.X280);
        Action dated = new Action("b", Localized.of("Titre", null), Localized.of("Description", null),
                Map.of(Language.FR, List.of("Bonjour")), List.of(), List.of("OCASSS"), List.of(), List.of(new RelayPost("ftp://x")),
                Optional.of(LocalDate.parse("2026-12-01")), Optional.of(LocalDate.parse("2026-11-01")), LengthRule.X280);
        assertThat(problems(base, dated)).containsExactly(
                "actions[0].targets[0].facebook check.bad_url [http://insecure.example]",
                "actions[0].targets[0] check.unreachable_target [Nobody]",
                "actions[0].targets[1].name check.missing_name []",
                "actions[0].targets[1].email check.bad_email [pas une adresse]",
                "actions[1].title.en check.missing_translation [en]",
                "actions[1].description.en check.missing_translation [en]",
                "actions[1].wordings.en check.missing_wordings [en]",
                "actions[1].relay[0] check.bad_url [ftp://x]",
                "actions[1].ends check.dates_reversed [2026-12-01, 2026-11-01]");
    }
}
