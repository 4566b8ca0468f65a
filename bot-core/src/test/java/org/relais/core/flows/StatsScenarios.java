package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Campaign;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Picture;
import org.relais.core.i18n.Language;
import org.relais.core.port.CompletionCount;
import org.relais.core.port.DailyCounts;
import org.relais.core.port.MilestoneCounts;
import org.relais.core.stats.ActionStats;
import org.relais.core.stats.StatsLabels;
import org.relais.core.stats.Tally;
import org.relais.core.testing.Chat;
import org.relais.core.testing.RecordingPainter;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.TestCampaigns;

/**
 * {@code /stats}: volunteers go through the real flow, then a coordinator reads figures that are the
 * ones the store holds, per milestone, target, network and day, with no volunteer named; buttons pick
 * an action; an unknown id is answered with the ids; a volunteer is refused and nothing is shown.
 */
public abstract class StatsScenarios extends ScenarioBase {
    private static final String REFUSED_FR = "réservée aux personnes qui coordonnent";
    private static final String REFUSED_EN = "for the campaign’s coordinators";

    protected StatsScenarios(ScenarioStores stores) {
        super(stores);
    }

    /** A volunteer takes the PSOC action to a ready message, then says where they posted it. */
    private void postPsoc(Chat chat, String... alsoOn) {
        chat.start().press("Financement du PSOC").press("1").press("Suivant").press("Suivant").press("C’est prêt")
                .press("J’ai publié");
        for (String network : alsoOn) {
            chat.press("⬜ " + network);
        }
        chat.press("Confirmer").expect("Merci, c’est noté");
    }

    @Test
    void aCoordinatorReadsTheFiguresTheStoreHoldsAndNoVolunteerIsNamed() {
        driver.nameCoordinators("anne");
        postPsoc(driver.user("marie", "fr"), "Bluesky");
        driver.user("luke", "fr").start().press("Financement du PSOC").press("1").press("Suivant").press("Suivant")
                .press("C’est prêt");
        clock.advance(Duration.ofDays(1));
        driver.user("zoe", "fr").start().press("Financement du PSOC");
        postPsoc(driver.user("paul", "fr"));

        Chat anne = driver.user("anne", "fr").start().send("/stats psoc");

        anne.expect("📊 Statistiques — Financement du PSOC", "Ont commencé : 4", "Ont eu un message prêt : 3",
                "Ont dit avoir publié : 2", "• Lucie Charlebois (@luciecharlebois) : 3", "• X : 2", "• Bluesky : 1",
                "2026-11-24 : 2 / 2 / 1", "2026-11-25 : 2 / 1 / 1", "Rien que des nombres");
        for (String volunteer : List.of("marie", "luke", "zoe", "paul")) {
            anne.expectNot(volunteer);
        }
        MilestoneCounts totals = driver.store().inTransaction(tx -> tx.progress().milestoneCounts("psoc"));
        List<CompletionCount> posts = driver.store().inTransaction(tx -> tx.completions().countsFor("psoc"));
        List<DailyCounts> days = driver.store().inTransaction(
                tx -> tx.progress().milestonesPerDay("psoc", TestCampaigns.standard().zone()));
        anne.expect("Ont commencé : " + totals.started(), "Ont dit avoir publié : " + totals.posted());
        for (CompletionCount post : posts) {
            anne.expect("• " + StatsLabels.network(post.network(), Language.FR) + " : " + post.count());
        }
        for (DailyCounts day : days) {
            anne.expect(day.day() + " : " + day.firsts().started() + " / " + day.firsts().ready() + " / " + day.firsts().posted());
        }
        assertThat(days).extracting(DailyCounts::day)
                .containsExactly(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-25"));
    }

    @Test
    void bareStatsOffersAButtonPerActionAndAButtonShowsThatAction() {
        driver.nameCoordinators("anne");
        postPsoc(driver.user("marie", "fr"));
        Chat anne = driver.user("anne", "fr").start().send("/stats").expect("De quelle action voulez-vous les statistiques");
        anne.expectButtons("📊 Financement du PSOC", "📊 Interpeller votre député·e", "📊 Action terminée");
        assertThat(anne.buttons()).allSatisfy(button -> {
            String payload = ((Button.Choice) button).payload();
            assertThat(Payload.parse(payload)).as(payload).isPresent();
        });
        anne.press("📊 Financement du PSOC").expect("Ont commencé : 1", "Ont dit avoir publié : 1");
        anne.send("/stats").press("📊 Interpeller").expect("Personne n’a encore commencé « Interpeller votre député·e »");
        anne.pressPayload("stats:plus-la").expect("Ce choix n’est plus disponible");
    }

    @Test
    void aCampaignOfOneActionShowsItAtOnceAndOneOfNoneSaysSo() {
        driver.nameCoordinators("anne");
        Campaign standard = TestCampaigns.standard();
        driver.useCampaign(new Campaign(standard.name(), List.of(TestCampaigns.psoc()), standard.zone()));
        driver.user("anne", "fr").start().send("/stats").expect("Statistiques — Financement du PSOC").expectNoButton("📊");
        driver.useCampaign(new Campaign(standard.name(), List.of(), standard.zone()));
        driver.user("anne", "fr").send("/stats psoc").expect("La campagne n’a aucune action : pas de statistiques");
    }

    @Test
    void anUnknownIdIsAnsweredWithTheIdsInTheCoordinatorsLanguage() {
        driver.nameCoordinators("anne", "ann");
        driver.user("anne", "fr").start().send("/stats PSOC2").expect("Je ne connais pas l’action « PSOC2 »",
                "psoc, depute, a-very-long-action-id-of-32-char, fini", "/stats psoc");
        driver.user("ann", "en").start().send("/stats nope").expect("I do not know the action “nope”",
                "psoc, depute, a-very-long-action-id-of-32-char, fini");
        driver.user("anne", "fr").send("/stats PSOC").expect("Statistiques — Financement du PSOC");
    }

    @Test
    void theLongestActionIdFitsItsButtonAndEnglishReadsEnglish() {
        driver.nameCoordinators("ann");
        Chat ann = driver.user("ann", "en").start().send("/stats");
        ann.press("📊 A crowded action").expect("📊 Statistics — A crowded action with a long title",
                "Nobody has started “A crowded action with a long title” yet");
    }

    @Test
    void aVolunteerIsRefusedStatsAndItsButtonsAndSeesNoFigure() {
        driver.nameCoordinators("anne");
        Chat marie = driver.user("marie", "fr");
        postPsoc(marie);
        Chat luke = driver.user("luke", "en").start();
        for (String name : Commands.STATS.names()) {
            marie.send("/" + name).expect(REFUSED_FR).expectNot("Ont commencé").expectNoButton("📊");
            marie.send("/" + name + " psoc").expect(REFUSED_FR).expectNot("Ont commencé");
            luke.send("/" + name + " psoc").expect(REFUSED_EN).expectNot("Started:");
        }
        marie.pressPayload("stats:psoc").expect(REFUSED_FR).expectNot("Ont commencé");
        luke.pressPayload("stats:psoc").expect(REFUSED_EN).expectNot("Started:");
    }

    @Test
    void withAPainterTheFiguresComeWithItsChartOfTheSameFigures() {
        RecordingPainter painter = new RecordingPainter();
        driver.usePainter(painter);
        driver.nameCoordinators("anne");
        postPsoc(driver.user("marie", "fr"), "Mastodon");

        Chat anne = driver.user("anne", "fr").start().send("/stats psoc").expect("Ont commencé : 1");

        assertThat(anne.pictures()).hasSize(1);
        Picture chart = anne.pictures().get(0);
        assertThat(chart.png()).isEqualTo(painter.made().get(0));
        assertThat(chart.fileName()).isEqualTo("stats-psoc-2026-11-24.png");
        assertThat(Chat.folded(chart.alt())).contains("Graphique de « Financement du PSOC »").doesNotContain("marie");
        ActionStats drawn = painter.drawn().get(0);
        assertThat(drawn.totals()).isEqualTo(driver.store().inTransaction(tx -> tx.progress().milestoneCounts("psoc")));
        assertThat(drawn.perNetwork()).extracting(Tally::key).containsExactlyInAnyOrder("x", "mastodon");
        anne.send("/stats depute").expect("Personne n’a encore commencé");
        assertThat(anne.pictures()).as("nothing to draw").isEmpty();
        assertThat(painter.drawn()).hasSize(1);
    }

    @Test
    void aChartThatCannotBeDrawnCostsTheChartOnly() {
        driver.usePainter((stats, language) -> {
            throw new IllegalStateException("no fonts on this machine");
        });
        driver.nameCoordinators("anne");
        postPsoc(driver.user("marie", "fr"));

        Chat anne = driver.user("anne", "fr").start().send("/stats psoc");

        anne.expect("Ont commencé : 1").expectNot("quelque chose s’est mal passé");
        assertThat(anne.pictures()).isEmpty();
    }

    @Test
    void aVolunteerRefusedStatsCausesNoChartToBeDrawn() {
        RecordingPainter painter = new RecordingPainter();
        driver.usePainter(painter);
        driver.nameCoordinators("anne");
        Chat marie = driver.user("marie", "fr");
        postPsoc(marie);
        marie.send("/stats psoc").expect(REFUSED_FR);
        marie.pressPayload("stats:psoc").expect(REFUSED_FR);
        assertThat(marie.pictures()).isEmpty();
        assertThat(painter.drawn()).isEmpty();
    }
}
