package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.port.CompletionCount;
import org.relais.core.port.Progress;
import org.relais.core.port.StoredConversation;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.TestCampaigns;

/** /annuler, /menu, /oublier, /langue, the guide and free text, at every step. */
public abstract class NavigationScenarios extends ScenarioBase {
    protected NavigationScenarios(ScenarioStores stores) {
        super(stores);
    }


    /** The volunteer steps, each reached from the menu by these presses. */
    private static final List<List<String>> STEPS = List.of(
            List.of("Financement du PSOC"),
            List.of("Financement du PSOC", "Écrire mon propre texte"),
            List.of("Financement du PSOC", "1"),
            List.of("Financement du PSOC", "1", "Suivant"),
            List.of("Financement du PSOC", "1", "Suivant", "Suivant"),
            List.of("Financement du PSOC", "1", "Suivant", "Suivant", "Modifier le texte"),
            List.of("Financement du PSOC", "1", "Suivant", "Suivant", "C’est prêt"),
            List.of("Financement du PSOC", "1", "Suivant", "Suivant", "C’est prêt", "Mastodon"),
            List.of("Financement du PSOC", "1", "Suivant", "Suivant", "C’est prêt", "J’ai publié"));

    private Chat at(String user, List<String> presses) {
        Chat chat = driver.user(user).start();
        presses.forEach(chat::press);
        return chat;
    }

    @Test
    void cancelWorksAtEveryStepAndDropsTheDraft() {
        for (int i = 0; i < STEPS.size(); i++) {
            Chat chat = at("cancel" + i, STEPS.get(i));
            chat.send("/annuler").expect("C’est annulé").expectButtons("Financement du PSOC").expectNoButton("Reprendre");
            chat.send("/cancel").expect("Rien à annuler.");
        }
    }

    @Test
    void menuWorksAtEveryStepAndTheDraftCanBeResumedWhereItWas() {
        for (int i = 0; i < STEPS.size(); i++) {
            Chat chat = at("menu" + i, STEPS.get(i));
            String step = chat.text();
            chat.send("/menu").expectButtons("Reprendre : Financement du PSOC");
            chat.press("Reprendre");
            assertThat(chat.text()).as("step %d resumed", i).isEqualTo(step.substring(step.indexOf("📣")));
        }
    }

    @Test
    void forgetAsksFirstThenErasesEverythingAboutTheUser() {
        Chat chat = at("forgetful", STEPS.get(6));
        chat.press("J’ai publié").press("Confirmer").expect("Vos actions (✅ publiée, 📝 commencée) : ✅");
        chat.press("Financement du PSOC").send("/oublier").expect("Tout oublier?");
        chat.press("Non, garder").expect("Rien n’a été effacé", "Étape 1 sur 5");
        chat.send("/forget").press("Oui, tout effacer").expect("je ne garde plus rien sur vous").expectNot("Vos actions");
        Optional<StoredConversation> conversation = driver.store().inTransaction(tx -> tx.conversations().find(chat.key()));
        List<Progress> progress = driver.store().inTransaction(tx -> tx.progress().forUser(chat.key()));
        List<CompletionCount> counts = driver.store().inTransaction(tx -> tx.completions().countsFor("psoc"));
        assertThat(conversation).isEmpty();
        assertThat(progress).isEmpty();
        assertThat(counts).as("anonymous counts stay").isNotEmpty();
        chat.start().expect("Bonjour! Je suis Relais");
    }

    @Test
    void theLanguageFollowsThePlatformUntilTheUserChoosesOne() {
        Chat chat = driver.user("lang", "en-GB");
        chat.start().expect("Hello!");
        chat.send("/langue").expect("Choose your language").press("Français").expect("Choisissez une action");
        driver.user("lang", "en-GB").send("/menu").expect("Choisissez une action");
        chat.send("/language en").expect("Pick an action");
        chat.press("Français").expect("Choisissez une action");
        chat.send("/langue klingon").expect("Je ne connais pas la langue « klingon »");
    }

    @Test
    void changingLanguageMidStepShowsTheSameStepTranslated() {
        Chat chat = at("midlang", STEPS.get(3));
        chat.send("/language english").expect("Step 3 of 5", "PSOC funding");
    }

    @Test
    void freeTextAskingHowToLinkAccountsOpensTheGuide() {
        driver.user("t1").send("comment lier facebook et twitter ?").expect("Lier Facebook et Twitter", "Choisissez la procédure");
        driver.user("t2", "en").send("how do I link my accounts").expect("Link Facebook and Twitter");
        driver.user("t3").send("Comment CONNECTER mon compte Facebook à X").expect("Choisissez la procédure");
    }

    @Test
    void theGuideGoesStepByStepForwardAndBack() {
        Chat chat = driver.user("guide").start();
        chat.press("Lier Facebook et Twitter").expectButtons("A · De Facebook vers Twitter", "B ·", "C ·");
        chat.press("A ·").expect("A. Publier de Facebook vers Twitter", "Étape 1 sur 5", "profil personnel Facebook");
        chat.press("Suivant").expect("Étape 2 sur 5", "https://www.facebook.com/twitter");
        assertThat(chat.last().replies().get(0).editsPrevious()).as("pages turn in place").isTrue();
        chat.press("Précédent").expect("Étape 1 sur 5");
        for (int i = 0; i < 4; i++) {
            chat.press("Suivant");
        }
        chat.expect("Étape 5 sur 5").press("Terminé").expectButtons("B ·");
        chat.press("C ·").expect("C. Lier Twitter à une page Facebook", "Étape 1 sur 4", "procédure B");
        chat.send("suivant").expect("Étape 2 sur 4").send("Retour").expect("Étape 1 sur 4").send("sommaire")
                .expect("Choisissez la procédure").send("b").expect("Étape 1 sur 6");
        chat.send("/guide").expect("Choisissez la procédure");
        chat.press("Conseils").expect("Conseils pour la campagne", "#OCASSS fait toujours partie");
    }

    @Test
    void unknownTextAndCommandsGetHelpAndTheConversationGoesOn() {
        Chat chat = driver.user("lost").start();
        chat.send("blablabla").expectAlone("Je n’ai pas compris").expectButtons("Financement du PSOC");
        chat.send("/nimportequoi").expectAlone("Je ne connais pas cette commande");
        chat.send("/aide").expectAlone("Ce que je sais faire", "/annuler", "/oublier").expectOnScreen("Choisissez une action");
        chat.press("Financement du PSOC").send("/aide").expectAlone("Ce que je sais faire").expectOnScreen("Étape 1 sur 5");
    }

    @Test
    void anActionThatClosesDuringTheDraftIsSetAsideWithAWord() {
        Chat chat = at("late", STEPS.get(3));
        driver.useCampaign(new org.relais.core.campaign.Campaign(TestCampaigns.standard().name(),
                List.of(TestCampaigns.mna()), TestCampaigns.standard().zone()));
        chat.press("Suivant").expect("Cette action n’est plus en cours", "Ce choix n’est plus disponible")
                .expectButtons("Interpeller").expectNoButton("Reprendre");
    }

    @Test
    void anActionWithDatesIsOfferedOnlyWhileActive() {
        driver.useCampaign(new org.relais.core.campaign.Campaign(TestCampaigns.standard().name(),
                List.of(TestCampaigns.closed()), TestCampaigns.standard().zone()));
        driver.user("early").start().expectNoButton("Action terminée").expect("Aucune action n’est en cours");
        clock.set(java.time.Instant.parse("2026-11-23T12:00:00Z"));
        driver.user("ontime").start().expectButtons("Action terminée");
        clock.set(java.time.Instant.parse("2026-11-24T04:30:00Z"));
        // 23:30 on the 23rd in Toronto, the campaign's zone: still active.
        driver.user("montreal").start().expectButtons("Action terminée");
        clock.advance(Duration.ofHours(1));
        driver.user("toolate").start().expectNoButton("Action terminée");
    }
}
