package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.Target;
import org.relais.core.port.CompletionCount;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.TestCampaigns;

/** Nothing typed is lost by a detour, a second tap on the action, or an edited campaign. */
public abstract class DraftKeepingScenarios extends ScenarioBase {
    protected DraftKeepingScenarios(ScenarioStores stores) {
        super(stores);
    }


    @Test
    void pickingTheSameActionAgainResumesTheDraft() {
        Chat chat = driver.user("k1").start().press("Interpeller").press("Écrire mon propre texte");
        chat.send("Mon texte à moi, écrit avec soin.").send("@mon_depute").expectButtons("✅ @mon_depute");
        chat.send("/menu").press("📣 Interpeller").expect("On reprend votre message", "Étape 2 sur 5")
                .expectButtons("✅ @mon_depute");
    }

    @Test
    void pickingAnotherActionSaysTheDraftIsDropped() {
        Chat chat = driver.user("k2").start().press("Interpeller").press("1");
        chat.send("/menu").press("Financement du PSOC")
                .expect("Votre message pour « Interpeller votre député·e » est abandonné", "📣 Financement du PSOC");
    }

    @Test
    void aDetourThroughTheLanguageOrForgetGoesBackToTheStep() {
        Chat chat = driver.user("k3").start().press("Financement du PSOC").press("1").press("Suivant");
        chat.send("/langue").press("English").expect("Step 3 of 5");
        chat.send("/forget").press("No, keep it").expect("Nothing was erased", "Step 3 of 5");
    }

    @Test
    void cancelOutsideADraftLeavesTheDetourAndKeepsTheDraft() {
        Chat chat = driver.user("k4").start().press("Financement du PSOC").press("1");
        chat.send("/guide").send("/annuler").expect("Votre message en cours est gardé").expectButtons("Reprendre");
        chat.press("Reprendre").expect("Étape 2 sur 5");
    }

    @Test
    void anOldBackButtonOfAnotherStepIsStale() {
        Chat chat = driver.user("k5").start().press("Financement du PSOC").press("1");
        String backFromTargets = chat.choice("Retour").payload();
        chat.press("Suivant").press("Suivant").expect("Étape 4 sur 5");
        chat.pressPayload(backFromTargets).expectAlone("Ce choix n’est plus disponible").expectOnScreen("Étape 4 sur 5");
    }

    @Test
    void selectionsSurviveACampaignEditedUnderTheDraft() {
        Chat chat = driver.user("k6").start().press("Financement du PSOC").press("1");
        chat.send("@mon_depute").press("✅ Lucie Charlebois").expectButtons("⬜ Lucie Charlebois", "✅ @mon_depute");
        Action psoc = TestCampaigns.psoc();
        List<Target> targets = new ArrayList<>(psoc.targets());
        targets.add(0, Target.withHandle("Nouvelle personne", "nouvelle"));
        Action edited = new Action(psoc.id(), psoc.title(), psoc.description(), psoc.wordings(), targets,
                psoc.requiredHashtags(), psoc.optionalHashtags(), psoc.relayPosts(), psoc.starts(), psoc.ends(),
                psoc.lengthRule());
        Campaign campaign = TestCampaigns.standard();
        List<Action> actions = new ArrayList<>(campaign.actions());
        actions.set(0, edited);
        driver.useCampaign(new Campaign(campaign.name(), actions, campaign.zone()));
        chat.send("/menu").press("Reprendre")
                .expectButtons("⬜ Nouvelle personne", "⬜ Lucie Charlebois", "✅ @mon_depute");
    }

    @Test
    void completionsCountTheTargetsEachNetworkReallyReached() {
        Chat chat = driver.user("k7").start().press("Une action avec beaucoup").press("1");
        chat.press("✅ Deuxième").press("✅ Troisième").press("Suivant").press("Suivant").press("C’est prêt");
        chat.press("J’ai publié").press("⬜ Bluesky").press("⬜ Facebook").press("⬜ Courriel").press("Confirmer");
        List<CompletionCount> counts = driver.store().inTransaction(tx -> tx.completions().countsFor(TestCampaigns.crowded().id()));
        assertThat(counts).extracting(c -> c.target() + "/" + c.network())
                .containsExactlyInAnyOrder(
                        "abcdefghijklmno/x",
                        "abcdefghijklmno/bluesky", "Bureau régional/bluesky",
                        "Bureau régional/facebook",
                        "Bureau régional/email");
    }

    @Test
    void aPostNamingNobodyCountsOnceWithoutTarget() {
        Chat chat = driver.user("k8").start().press("Interpeller").press("1").press("Suivant").press("Suivant");
        chat.press("C’est prêt").press("J’ai publié").press("Confirmer");
        List<CompletionCount> counts = driver.store().inTransaction(tx -> tx.completions().countsFor("depute"));
        assertThat(counts).containsExactly(new CompletionCount("", "x", 1));
    }

    @Test
    void aLinkTooLongForAButtonIsReplacedByAWord() {
        Chat chat = driver.user("k9").start().press("Financement du PSOC").press("Écrire mon propre texte");
        chat.send("👨‍👩‍👧‍👦".repeat(136)).press("✅ Lucie").press("Suivant");
        chat.press("✅ #polQc").press("✅ #PSOC").press("Suivant").expect("/ 280 ✓").press("C’est prêt");
        chat.expect("Publier sur X : le lien serait trop long pour un bouton; copiez le texte ci-dessus");
        assertThat(chat.buttons()).noneMatch(b -> b instanceof org.relais.core.chat.Button.Link link
                && link.url().length() > 3000);
        assertThat(Optional.of(chat.text())).isPresent();
    }
}
