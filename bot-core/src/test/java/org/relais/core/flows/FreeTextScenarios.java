package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.Links;

/**
 * What a volunteer types in the middle of a draft is read for what it is: a request (the guide,
 * help), a number, a handle with its @, an address, a hashtag with its #; anything else gets a hint
 * and never becomes the post, a handle or a hashtag by accident.
 */
public abstract class FreeTextScenarios extends ScenarioBase {
    protected FreeTextScenarios(ScenarioStores stores) {
        super(stores);
    }


    private Chat atWording(String user) {
        return driver.user(user).start().press("Financement du PSOC").expect("Étape 1 sur 5");
    }

    @Test
    void aRequestForTheGuideIsAnsweredAtAnyStepAndTheDraftWaits() {
        Chat chat = atWording("w1").send("comment lier facebook et twitter ?").expect("Choisissez la procédure");
        chat.send("/menu").press("Reprendre").expect("Étape 1 sur 5");
        chat.press("1").send("comment lier facebook et twitter ?").expect("Choisissez la procédure").expectNot("Ajouté");
        chat.send("/menu").press("Reprendre").expect("Étape 2 sur 5").expectNoButton("@comment");
    }

    @Test
    void menuTypedAsAWordShowsTheMenuWhereNoDraftIsOpen() {
        Chat chat = driver.user("w0").start();
        chat.send("menu").expectReplies("Choisissez une action").expectAt("menu");
        chat.send("Retour au menu !").expectReplies("Choisissez une action");
        chat.send("comment lier facebook et twitter ?").expect("Choisissez la procédure");
        chat.send("Menu").expectReplies("Choisissez une action").expectAt("menu");
        chat.send("le menu des actions de la campagne").expectReplies("Je n’ai pas compris");
    }

    @Test
    void aNumberAtTheWordingStepPicksTheWordingShownWithIt() {
        Chat chat = atWording("w2");
        String second = chat.text().replaceAll("(?s).*\n2\\. ([^\n]*).*", "$1");
        chat.send("2").expect("Étape 2 sur 5").press("Suivant").press("Suivant").expect(second);
    }

    @Test
    void shortWordsAndQuestionsAtTheWordingStepGetAHintNotAPost() {
        Chat chat = atWording("w3");
        chat.send("ok").expectAlone("Pour choisir une formulation, touchez son numéro (de 1 à 3)").expectOnScreen("Étape 1 sur 5");
        chat.send("9").expect("Pour choisir une formulation");
        chat.send("est-ce que je peux changer le texte ?").expect("Pour choisir une formulation");
        chat.send("merci").expectAlone("Avec plaisir!").expectOnScreen("Étape 1 sur 5");
        chat.send("Le communautaire tient nos quartiers debout").expect("J’utilise votre texte", "Étape 2 sur 5");
    }

    @Test
    void atTheTargetsStepOnlyHandlesWithTheirAtAndAddressesAreTaken() {
        Chat chat = atWording("w4").press("1");
        for (String typed : new String[] {"suivant", "next", "bonne idée", "42", "menu"}) {
            chat.send(typed).expectAlone("Pour ajouter une personne, écrivez son nom X avec le @").expectOnScreen("Étape 2 sur 5");
        }
        chat.send("#café").expect("Les mots-clics viennent à l’étape suivante");
        assertThat(chat.labels()).hasSize(4);
        chat.send("depute@example.org").expect("Ajouté : depute@example.org").expectButtons("✅ ✉️ depute@example.org");
        chat.send("DEPUTE@example.org @LucieCharlebois").expect("Déjà là : @LucieCharlebois DEPUTE@example.org")
                .expectNot("Ajouté");
        chat.send("pas@une adresse@").expect("« pas@une » n’est pas une adresse courriel valide");
        chat.press("Suivant").press("Suivant").press("C’est prêt");
        String mail = chat.textLink("Courriel à depute@example.org");
        assertThat(Links.query(mail).get("body")).startsWith("Bonjour,\r\n\r\n");
        assertThat(Links.text(chat.link("Publier sur X"))).as("an address is not a mention").doesNotContain("depute");
    }

    @Test
    void atTheHashtagsStepOnlyHashtagsWithTheirHashAreTaken() {
        Chat chat = atWording("w5").press("1").press("Suivant").expect("Étape 3 sur 5");
        chat.send("polQc").expect("Pour ajouter un mot-clic, écrivez-le avec le #");
        chat.send("@quelquun").expect("Les personnes à interpeller se choisissent à l’étape précédente");
        chat.send("#Solidarite").expect("Ajouté : #Solidarite").expectButtons("✅ #Solidarite");
    }

    @Test
    void hashtagsAndHandlesWrittenInTheTextAreShownAsSuchAndNotOfferedToDrop() {
        Chat chat = driver.user("w6").start().press("Une action avec beaucoup").press("Écrire mon propre texte");
        chat.send("@abcdefghijklmno et @pqrstuvwxyz_123 : il faut rehausser le financement des organismes "
                + "communautaires de toute la province #PSOC #polQc maintenant").expect("Étape 2 sur 5");
        chat.expectButtons("✍️ Première personne (@abcdefghijklmno) — dans votre texte");
        chat.press("✍️ Première personne").expectNotice("est écrit dans votre texte");
        chat.press("Suivant").expectButtons("✍️ #PSOC", "✍️ #polQc").press("✍️ #PSOC").expectNotice("est écrit dans votre texte");
        chat.press("Suivant").expect("de trop ✗")
                .expectNoButton("Retirer #PSOC").expectNoButton("Retirer #polQc").expectNoButton("Retirer @abcdefghijklmno")
                .expectButtons("Retirer @Zyxwvutsrqponml");
    }

    @Test
    void typedAnswersWorkInTheConfirmations() {
        Chat chat = atWording("w7");
        chat.send("/oublier").send("non").expect("Rien n’a été effacé", "Étape 1 sur 5");
        chat.send("/langue").send("English").expect("Step 1 of 5");
        chat.send("/langue enfin").expect("I do not know the language “enfin”", "Choose your language");
        chat.send("français").expect("Étape 1 sur 5");
        chat.send("/oublier").send("Oui").expect("je ne garde plus rien sur vous");
    }
}
