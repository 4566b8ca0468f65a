package org.relais.config.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;
import org.relais.core.text.Composer;
import org.relais.core.text.Handles;
import org.relais.core.text.Lengths;
import org.relais.core.text.Measure;

/**
 * The campaign Relais serves out of the box is the guide's: it must be clean, every message it
 * proposes must fit where the volunteer posts it even with everything added, and its wordings must
 * really differ, since identical posts from many accounts look like spam.
 */
class BundledCampaignTest {
    /** A target-less action still gets the volunteer's own target, such as their MNA: leave room for the longest. */
    private static final String LONGEST_HANDLE = "a".repeat(Handles.MAX_LENGTH);

    private final CampaignLoad load = CampaignFiles.loadBundled();
    private final Campaign campaign = load.campaignOrThrow(Language.FR);

    @Test
    void loadsWithoutAnyProblem() {
        assertThat(load.problems()).isEmpty();
        assertThat(load.file()).isEqualTo(CampaignFiles.BUNDLED);
        assertThat(campaign.zone()).isEqualTo(Campaign.DEFAULT_ZONE);
        assertThat(campaign.name().in(Language.FR)).isEqualTo("Je tiens à ma communauté > je soutiens le communautaire");
        assertThat(campaign.actions()).extracting(Action::id).containsExactly("psoc", "depute", "communautaire");
    }

    @Test
    void psocCallsOnTheGuidesTargetWithItsHashtags() {
        Action psoc = campaign.action("psoc").orElseThrow();

        assertThat(psoc.targets()).containsExactly(Target.withHandle("Lucie Charlebois", "luciecharlebois"));
        assertThat(psoc.requiredHashtags()).containsExactly("OCASSS");
        assertThat(psoc.optionalHashtags()).containsExactly("polQc", "PSOC");
        assertThat(psoc.lengthRule()).isEqualTo(LengthRule.X280);
    }

    @Test
    void deputeKeepsTheClassic140AndLetsTheVolunteerNameTheirMna() {
        Action depute = campaign.action("depute").orElseThrow();

        assertThat(depute.lengthRule()).isEqualTo(LengthRule.X140);
        assertThat(depute.targets()).isEmpty();
        assertThat(campaign.action("communautaire").orElseThrow().targets()).isEmpty();
    }

    @Test
    void everyActionIsOpenEndedAndInventsNoAddressOrPost() {
        for (Action action : campaign.actions()) {
            assertThat(action.requiredHashtags()).as(action.id()).startsWith("OCASSS");
            assertThat(action.optionalHashtags()).as(action.id()).contains("polQc");
            assertThat(action.relayPosts()).as(action.id()).isEmpty();
            assertThat(action.targets()).allSatisfy(target -> assertThat(target.email()).isEmpty());
            assertThat(action.starts()).isEmpty();
            assertThat(action.ends()).isEmpty();
        }
    }

    @Test
    void everyWordingFitsWithEveryOptionalHashtagAndItsTargets() {
        for (Action action : campaign.actions()) {
            List<String> handles = action.targets().isEmpty()
                    ? List.of(LONGEST_HANDLE)
                    : action.targets().stream().flatMap(target -> target.handle().stream()).toList();
            List<String> hashtags = Stream.concat(action.requiredHashtags().stream(), action.optionalHashtags().stream()).toList();
            for (Language language : Language.values()) {
                assertThat(action.wordings().get(language)).as(action.id() + " " + language).hasSizeGreaterThanOrEqualTo(3);
                for (String wording : action.wordings().get(language)) {
                    String post = Composer.compose(wording, handles, hashtags);
                    Measure x = Lengths.x(post, action.lengthRule());
                    assertThat(x.fits()).as("%s (%d / %d)", post, x.length(), x.limit()).isTrue();
                }
            }
        }
    }

    @Test
    void wordingsReallyDiffer() {
        for (Action action : campaign.actions()) {
            for (Language language : Language.values()) {
                List<String> texts = action.wordings().get(language);
                for (int i = 0; i < texts.size(); i++) {
                    for (int j = i + 1; j < texts.size(); j++) {
                        assertThat(sharedWords(texts.get(i), texts.get(j)))
                                .as("%s / %s", texts.get(i), texts.get(j))
                                .isLessThan(0.5);
                    }
                }
            }
        }
    }

    @Test
    void deputeOffersAReadyEmailToTheAddressTheVolunteerTypes() {
        Action depute = campaign.action("depute").orElseThrow();

        assertThat(depute.description().in(Language.FR)).contains("nom X", "adresse courriel",
                "site de l’Assemblée nationale", "courriel prêt à envoyer");
        assertThat(depute.description().in(Language.EN)).contains("X username", "e-mail address",
                "National Assembly’s website", "ready e-mail");
        assertThat(depute.emailSubjectIn(Language.FR)).isEqualTo("Les organismes communautaires de notre circonscription");
        assertThat(depute.emailSubjectIn(Language.EN)).isEqualTo("The community groups in our riding");
    }

    @Test
    void everyEmailSubjectIsWrittenForTheOneWhoReceivesIt() {
        for (Action action : campaign.actions()) {
            for (Language language : Language.values()) {
                assertThat(action.emailSubject().find(language)).as(action.id() + " " + language).isPresent();
                assertThat(action.emailSubjectIn(language)).as(action.id()).isNotEqualTo(action.title().in(language));
            }
        }
    }

    @Test
    void frenchUsesQuebecTypography() {
        List<String> french = texts(Language.FR);

        assertThat(french).noneMatch(text -> text.contains("'") || text.contains("\""));
        assertThat(String.join(" ", french)).contains("’", "«", "»", ":", "courriel", "mot-clic");
        // OQLF: a non-breaking space before the colon and inside guillemets, none before ! ? ;
        assertThat(french).allSatisfy(text -> assertThat(text)
                .doesNotContainPattern("[^\u00A0]:")
                .doesNotContainPattern("«[^\u00A0]")
                .doesNotContainPattern("[^\u00A0]»")
                .doesNotContainPattern("[\\s\u00A0\u202F][!?;]"));
    }

    @Test
    void englishHasNoSpaceBeforePunctuation() {
        assertThat(texts(Language.EN)).allSatisfy(text -> assertThat(text)
                .doesNotContain("\u00A0")
                .doesNotContainPattern("\\s[:!?;]"));
    }

    /** Every text of the campaign in {@code language}: what volunteers read, and what MNAs receive. */
    private List<String> texts(Language language) {
        List<String> texts = new ArrayList<>();
        texts.add(campaign.name().in(language));
        for (Action action : campaign.actions()) {
            texts.add(action.title().in(language));
            texts.add(action.description().in(language));
            texts.add(action.emailSubjectIn(language));
            texts.addAll(action.wordings().get(language));
        }
        return texts;
    }

    /** The share of distinct words two texts have in common (Jaccard index). */
    private static double sharedWords(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        Set<String> all = new HashSet<>(left);
        all.addAll(right);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}#]+")));
    }
}
