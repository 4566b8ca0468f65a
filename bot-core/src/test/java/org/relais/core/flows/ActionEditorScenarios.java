package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.TestCampaigns;

/**
 * {@code /nouvelle_action}: a coordinator makes an action step by step, every bad input is explained
 * and the step asked again, the summary shows the validator's problems, and once saved the action
 * is offered to volunteers at once. The half-made action survives a restart; {@code /annuler}
 * leaves and stores nothing.
 */
public abstract class ActionEditorScenarios extends ScenarioBase {
    private static final String TITLE = "Appuyer la grève du communautaire";
    /** 272 characters: with " #OCASSS" exactly 280, one more required hashtag and it no longer fits. */
    private static final String LONGEST = "Mot ".repeat(67) + "fin.";

    protected ActionEditorScenarios(ScenarioStores stores) {
        super(stores);
    }

    @BeforeEach
    void nameAnne() {
        driver.nameCoordinators("anne");
    }

    /** Anne through every step, as far as the summary. */
    private Chat upToTheSummary(Chat anne) {
        anne.send("/nouvelle_action").expect("Nouvelle action · étape 1 sur 11 · le titre en français", "/annuler");
        anne.send(TITLE).expect("étape 2 sur 11 · le titre en anglais");
        anne.send("Support the community groups’ strike").expect("étape 3 sur 11").press("Passer").expect("étape 5 sur 11");
        anne.send("Le communautaire est à bout de souffle. On appuie la grève !").expect("Pour l’instant (1)").expectButtons("Terminé");
        anne.send("Sans financement, pas de services : j’appuie la grève du communautaire.").expect("Pour l’instant (2)");
        anne.press("Terminé").expect("étape 6 sur 11 · les textes en anglais");
        anne.send("Community groups are out of breath. Support the strike!").press("Terminé").expect("étape 7 sur 11");
        anne.send("Lucie Charlebois, @luciecharlebois, ministre@example.org").expect("Lucie Charlebois @luciecharlebois ministre@example.org");
        anne.press("Terminé").expect("étape 8 sur 11 · les mots-clics obligatoires", "#OCASSS");
        anne.send("#GrèveCommunautaire").expect("étape 9 sur 11");
        anne.send("polQc #PSOC").expect("étape 10 sur 11").press("Passer").expect("étape 11 sur 11");
        return anne.send("2026-12-31").expect("Nouvelle action : vérifiez, puis enregistrez", "Identifiant : appuyer-la-greve-du",
                "Tout est en ordre");
    }

    @Test
    void aCoordinatorMakesAnActionStepByStepAndVolunteersAreOfferedItAtOnce() {
        Chat anne = upToTheSummary(driver.user("anne", "fr").start());
        anne.expect("1. Le communautaire est à bout de souffle.", "#OCASSS #GrèveCommunautaire", "2026-12-31");
        anne.press("Enregistrer").expect("« " + TITLE + " » est enregistrée et proposée aux bénévoles",
                "appuyer-la-greve-du").expectButtons("📣 " + TITLE);

        Campaign campaign = storedCampaign().orElseThrow();
        assertThat(campaign.actions()).extracting(Action::id)
                .containsExactly("psoc", "depute", "a-very-long-action-id-of-32-char", "fini", "appuyer-la-greve-du");
        Action made = campaign.action("appuyer-la-greve-du").orElseThrow();
        assertThat(made.title().in(Language.EN)).isEqualTo("Support the community groups’ strike");
        assertThat(made.description().texts()).isEmpty();
        assertThat(made.wordings().get(Language.FR)).hasSize(2);
        assertThat(made.targets()).containsExactly(new Target("Lucie Charlebois", Optional.of("luciecharlebois"),
                Optional.of("ministre@example.org"), Optional.empty(), false));
        assertThat(made.requiredHashtags()).containsExactly("OCASSS", "GrèveCommunautaire");
        assertThat(made.optionalHashtags()).containsExactly("polQc", "PSOC");
        assertThat(made.relayPosts()).isEmpty();
        assertThat(made.ends()).contains(java.time.LocalDate.parse("2026-12-31"));

        driver.user("marie", "fr").start().press(TITLE).expect("Étape 1 sur 5", "Le communautaire est à bout de souffle");
    }

    @Test
    void everyStepExplainsBadInputAndAsksAgain() {
        Chat anne = driver.user("anne", "fr").start().send("/nouvelle_action");
        anne.send("T".repeat(101)).expectAlone("C’est trop long : 100 caractères au plus").expectAt("action_title_fr");
        anne.send(TITLE).send("Strike").press("Passer");
        anne.send("Mot ".repeat(75)).expectAlone("Je ne peux pas le prendre ainsi", "Textes (français) n° 1 :",
                "ne tient pas dans la règle x280").expectNot("Pour l’instant").expectAt("action_wordings_fr");
        anne.send("Un texte avec @josé dedans, pour voir.").expect("n’est pas un nom X valide");
        anne.send("Un texte correct.").press("Terminé").send("A fine text.").press("Terminé").expect("étape 7 sur 11");
        anne.send("José @josé").expect("Personnes à interpeller n° 1 :", "« @josé » n’est pas un nom X valide");
        anne.send("@luciecharlebois").expect("Écrivez aussi le nom de la personne");
        anne.send("Lucie @luciecharlebois @autre").expect("Une seule personne par message");
        anne.send("Lucie Charlebois").expect("Lucie Charlebois n’a ni nom X ni courriel");
        anne.send("Bureau bureau@example").expect("« bureau@example » n’est pas une adresse courriel valide");
        anne.press("Passer").expect("étape 8 sur 11");
        anne.send("#123 #PSOC").expectAlone("Mots-clics obligatoires :", "il lui faut au moins une lettre")
                .expectOnScreen("étape 8 sur 11");
        anne.send("#PSOC").send("psoc").expect("Mots-clics au choix :", "est déjà dans les listes de cette action");
        anne.press("Passer").send("http://example.org/post").expect("n’est pas une adresse https:// valide");
        anne.press("Passer").send("31/12/2026").expectAlone("« 31/12/2026 » n’est pas une date AAAA-MM-JJ")
                .expectOnScreen("étape 11 sur 11");
        anne.send("2026-11-01").expect("Le 2026-11-01 est déjà passé");
        anne.send("2026-11-24").expect("Tout est en ordre");
        assertThat(storedCampaign()).as("nothing is stored before the coordinator saves").isEmpty();
    }

    @Test
    void theSummaryShowsTheValidatorsProblemsAndAFieldIsFixedFromIt() {
        Chat anne = driver.user("anne", "fr").start().send("/nouvelle_action " + TITLE).expect("étape 2 sur 11");
        anne.send("Strike").press("Passer").send(LONGEST).press("Terminé").send("Short.").press("Terminé");
        anne.press("Passer").send("#PSOC").press("Passer").press("Passer").press("Passer");
        anne.expect("1 problème(s) à corriger", "Textes (français) n° 1 :", "286 / 280").expectNoButton("Enregistrer");
        String save = "save~" + anne.choice("Abandonner").payload().substring("drop~".length());
        anne.pressPayload(save).expect("Il reste des problèmes");

        anne.press("✏️ Textes (français)").expect("Modifier les textes en français", "Actuellement :", "remplacera cette liste")
                .expectButtons("Retour au résumé");
        anne.send("Un texte plus court.").press("Terminé").expect("Tout est en ordre", "1. Un texte plus court.");
        anne.press("✏️ Fin").press("Retour au résumé").expect("aucune (jusqu’à ce que vous la fermiez)");
        anne.press("Enregistrer").expect("est enregistrée");
        assertThat(storedCampaign().orElseThrow().action("appuyer-la-greve-du").orElseThrow().wordings().get(Language.FR))
                .containsExactly("Un texte plus court.");
    }

    @Test
    void theHalfMadeActionSurvivesARestartAndADetour() {
        Chat anne = driver.user("anne", "fr").start().send("/nouvelle_action").send(TITLE);
        driver.restart(reopen(driver.store()));
        anne.send("Strike").expect("étape 3 sur 11");
        anne.send("/aide").expectAlone("/nouvelle_action").expectOnScreen("étape 3 sur 11");
        anne.send("/langue en").expect("step 3 of 11 · the description in French");
        anne.send("/menu").expect("Pick an action");
        anne.send("/newaction").expect("Back to the action you were preparing", "step 3 of 11");
        anne.send("/language fr").press("Passer").expect("étape 5 sur 11");
    }

    @Test
    void cancelLeavesAndStoresNothingInBothSpellings() {
        Chat anne = driver.user("anne", "fr").start().send("/nouvelle_action").send(TITLE);
        anne.send("/annuler").expect("C’est annulé : l’action en préparation est abandonnée");
        anne.send("/nouvelle_action").expect("étape 1 sur 11").expectNot("On reprend");
        anne.send("/cancel").expect("C’est annulé");
        anne.send("/nouvelle_action").send(TITLE).send("Strike").send("/menu").send("/nouvelle_action")
                .expect("On reprend l’action que vous prépariez", "étape 3 sur 11").press("Passer").send("Un texte.");
        String doneInFrench = anne.choice("Terminé").payload();
        anne.press("Terminé").expect("étape 6 sur 11").pressPayload(doneInFrench).expectAlone("Ce choix n’est plus disponible")
                .expectAt("action_wordings_en");
        assertThat(storedCampaign()).isEmpty();
        assertThat(driver.store().<OptionalLong>inTransaction(tx -> tx.campaigns().version())).isEmpty();
    }

    @Test
    void theEnglishCommandSpeaksEnglishAndTwoActionsOfOneTitleGetTwoIds() {
        Chat anne = driver.user("anne", "en").start();
        for (int i = 1; i <= 2; i++) {
            anne.send("/newaction Financement du PSOC").expect("New action · step 2 of 11 · the title in English");
            anne.send("PSOC funding").press("Skip").send("Un texte.").press("Done").send("A text.").press("Done");
            anne.press("Skip").press("Skip").press("Skip").press("Skip").press("Skip")
                    .expect("New action: check it, then save it", i == 1 ? "Id: financement-du-psoc" : "Id: financement-du-2");
            anne.press("Save").expect("is saved and offered to volunteers");
        }
        assertThat(storedCampaign().orElseThrow().actions()).extracting(Action::id)
                .endsWith("financement-du-psoc", "financement-du-2");
        assertThat(TestCampaigns.standard().action("psoc")).isPresent();
    }

    @Test
    void someoneNoLongerACoordinatorIsTakenOutOfTheFlowAndNothingIsSaved() {
        Chat paul = driver.userOn("telegram", "42", "fr").start();
        Chat anne = driver.user("anne", "fr").start();
        anne.send("/coordinateur ajouter telegram:42");
        paul.send("/nouvelle_action").send(TITLE).send("Strike").press("Passer").send("Un texte.");
        String done = paul.choice("Terminé").payload();
        anne.send("/coordinateur retirer telegram:42");
        paul.pressPayload(done).expect("réservée aux personnes qui coordonnent", "Ce choix n’est plus disponible", "Choisissez une action");
        paul.send("Un autre texte").expectAlone("Je n’ai pas compris").expectOnScreen("Choisissez une action");
        assertThat(storedCampaign()).isEmpty();
    }
}
