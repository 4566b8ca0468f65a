package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.Localized;
import org.relais.core.i18n.Language;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.TestCampaigns;

/**
 * A coordinator edits a saved action one field at a time (each checked with the whole action, then
 * saved at once), closes it (volunteers no longer see it; it stays in {@code /actions}) and reopens
 * it, from the buttons under {@code /actions} or its subcommands in both languages.
 */
public abstract class ActionEditingScenarios extends ScenarioBase {
    protected ActionEditingScenarios(ScenarioStores stores) {
        super(stores);
    }

    @BeforeEach
    void nameAnne() {
        driver.nameCoordinators("anne");
    }

    private Action stored(String id) {
        return storedCampaign().orElseThrow().action(id).orElseThrow();
    }

    @Test
    void aClosedActionIsNoLongerOfferedStaysListedAndIsReopened() {
        Chat marie = driver.user("marie", "fr").start().press("Financement du PSOC").expect("Étape 1 sur 5");
        Chat anne = driver.user("anne", "fr").start();
        anne.send("/actions").expect("• Financement du PSOC — en cours psoc", "Touchez une action pour la modifier")
                .expectButtons("✏️ Financement du PSOC", "⏸ Fermer");
        anne.pressPayload("aclose:psoc").expect("« Financement du PSOC » est fermée : les bénévoles ne la voient plus",
                "/actions rouvrir psoc");
        anne.send("/actions").expect("Financement du PSOC — fermée (les bénévoles ne la voient plus)").expectButtons("▶ Rouvrir");

        marie.press("1").expect("Cette action n’est plus en cours", "Choisissez une action").expectNoButton("Financement du PSOC");
        driver.user("luc", "fr").start("a_psoc").expect("Ce lien ne mène plus à une action en cours").expectNoButton("Financement du PSOC");
        assertThat(storedCampaign().orElseThrow().isClosed("psoc")).isTrue();
        assertThat(stored("psoc")).as("kept whole, for /actions and statistics").isEqualTo(TestCampaigns.psoc());

        anne.send("/actions close psoc").expect("« Financement du PSOC » est déjà fermée");
        anne.pressPayload("aopen:psoc").expect("« Financement du PSOC » est rouverte : les bénévoles la voient de nouveau");
        anne.send("/actions reopen psoc").expect("est déjà ouverte");
        marie.send("/menu").expectButtons("Financement du PSOC");
        assertThat(storedCampaign().orElseThrow().closed()).isEmpty();
    }

    @Test
    void subcommandsInBothLanguagesAndWhatTheyCannotDo() {
        Chat anne = driver.user("anne", "en").start();
        anne.send("/actions fermer fini").expect("“Finished action” is closed");
        anne.send("/actions rouvrir fini").expect("“Finished action” is reopened, but its end date (2026-11-23) has passed");
        anne.send("/actions close nowhere").expect("No action has the id “nowhere”");
        anne.send("/actions delete psoc").expect("I did not understand “delete”");
        anne.send("/actions edit nowhere").expect("No action has the id “nowhere”");
        anne.send("/actions modifier depute").expect("Edit “Call on your MNA”", "Open: offered to volunteers", "Id: depute");
    }

    @Test
    void aFieldIsCheckedWithTheWholeActionThenSavedAtOnce() {
        Chat anne = driver.user("anne", "fr").start().send("/actions").press("✏️ Financement du PSOC");
        anne.expect("Modifier « Financement du PSOC »", "Ouverte : proposée aux bénévoles", "Identifiant : psoc",
                "chaque changement est vérifié").expectButtons("⏸ Fermer", "✔ Terminé").expectNoButton("Enregistrer");

        anne.press("✏️ Titre (français)").expect("📣 Financement du PSOC", "Modifier le titre en français",
                "Actuellement :", "1. Financement du PSOC", "Pour ne rien changer");
        anne.send("Rehausser le PSOC").expect("Enregistré : les bénévoles voient la nouvelle version",
                "Titre (français) : Rehausser le PSOC");
        assertThat(stored("psoc").title().in(Language.FR)).isEqualTo("Rehausser le PSOC");
        driver.user("marie", "fr").start().expectButtons("📣 Rehausser le PSOC").press("Rehausser le PSOC").expect("Étape 1 sur 5");

        anne.press("✏️ Mots-clics obligatoires").send("#PSOC").expect("Je ne peux pas le prendre ainsi",
                "est déjà dans les listes de cette action");
        assertThat(stored("psoc").requiredHashtags()).containsExactly("OCASSS");

        anne.send("/menu").send("/actions modifier psoc").press("✏️ Textes (français)")
                .expect("Actuellement :", "3. Sans financement", "Ce que vous envoyez remplacera cette liste");
        anne.send("Mot ".repeat(69)).expect("Textes (français) n° 1 :", "ne tient pas dans la règle x280");
        anne.send("Un seul texte, désormais.").press("Terminé").expect("Enregistré");
        assertThat(stored("psoc").wordings().get(Language.FR)).containsExactly("Un seul texte, désormais.");

        anne.press("✏️ Fin").send("2026-12-31").expect("Enregistré", "Fin : 2026-12-31");
        anne.press("✏️ Fin").expect("Pour le vider").press("Effacer").expect("Enregistré", "Fin : aucune");
        assertThat(stored("psoc").ends()).isEmpty();
        anne.press("✏️ Personnes").press("Retour au résumé").expect("Modifier « Rehausser le PSOC »");
        anne.press("Terminé").expect("toutes vos modifications sont enregistrées", "Choisissez une action");
        assertThat(stored("psoc").id()).isEqualTo("psoc");
    }

    @Test
    void aDescriptionGivenInOneLanguageWaitsForTheOther() {
        Chat anne = driver.user("anne", "fr").start().send("/actions modifier depute").press("✏️ Description (français)");
        anne.send("Écrivez à votre député·e.").expect("Il faut aussi la description dans l’autre langue",
                "Modifier la description en anglais");
        assertThat(storedCampaign()).as("nothing saved yet").isEmpty();
        anne.send("Write to your MNA.").expect("Enregistré", "Description (anglais) : Write to your MNA.");
        assertThat(stored("depute").description()).isEqualTo(Localized.of("Écrivez à votre député·e.", "Write to your MNA."));
        anne.press("✏️ Description (anglais)").press("Effacer").expect("Enregistré");
        assertThat(stored("depute").description().texts()).as("a description is in both languages or none").isEmpty();
    }

    @Test
    void leavingAnEditKeepsWhatWasSavedAndAnActionRemovedMeanwhileIsSaidSo() {
        Chat anne = driver.user("anne", "fr").start().send("/actions modifier psoc").press("✏️ Titre (anglais)");
        anne.send("Raise PSOC").send("/annuler").expect("Vous quittez la modification de l’action : ce qui a été enregistré le reste");
        assertThat(stored("psoc").title().in(Language.EN)).isEqualTo("Raise PSOC");

        anne.send("/actions modifier depute");
        driver.store().inTransaction(tx -> {
            Campaign now = tx.campaigns().load().orElseThrow();
            tx.campaigns().replace(new Campaign(now.name(), List.of(now.action("psoc").orElseThrow()), now.zone()));
            return null;
        });
        anne.press("✏️ Titre (français)").expect("Cette action n’est plus dans la campagne", "Choisissez une action");
        assertThat(anne.text()).doesNotContain("Modifier");

        anne.send("/actions modifier psoc").press("✏️ Titre (français)");
        driver.store().inTransaction(tx -> {
            Campaign now = tx.campaigns().load().orElseThrow();
            tx.campaigns().replace(new Campaign(now.name(), List.of(TestCampaigns.mna()), now.zone()));
            return null;
        });
        anne.send("Un titre pour une action retirée").expect("Cette action n’est plus dans la campagne");
        assertThat(storedCampaign().orElseThrow().actions()).as("not saved back").extracting(Action::id).containsExactly("depute");
    }

    @Test
    void editsSurviveARestart() {
        driver.user("anne", "fr").start().send("/actions modifier psoc").press("✏️ Titre (français)").send("Rehausser le PSOC");
        driver.restart(reopen(driver.store()));
        driver.user("marie", "fr").start().expectButtons("📣 Rehausser le PSOC");
        assertThat(stored("psoc").ends()).isEqualTo(Optional.<LocalDate>empty());
    }
}
