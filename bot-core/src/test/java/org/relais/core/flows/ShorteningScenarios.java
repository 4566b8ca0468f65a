package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.core.campaign.LengthRule;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.Links;
import org.relais.core.text.Lengths;

/**
 * Every way out of a message too long for its rule: drop an optional hashtag, drop a target, edit
 * the text, or one message per target (each one valid).
 */
public abstract class ShorteningScenarios extends ScenarioBase {
    protected ShorteningScenarios(ScenarioStores stores) {
        super(stores);
    }


    /** The crowded action: three 15-character handles under the 140 rule. */
    private Chat overLimit() {
        Chat chat = driver.user("olive");
        chat.start().press("Une action avec beaucoup").press("1").press("Suivant").press("Suivant");
        chat.expect("X (règle des 140) : ", "caractères de trop ✗", "Pour le raccourcir :")
                .expectNoButton("C’est prêt")
                .expectButtons("Retirer #polQc", "Retirer #PSOC", "Retirer @abcdefghijklmno", "Un message par personne (3)",
                        "Modifier le texte");
        return chat;
    }

    @Test
    void theReviewSaysByHowMuchAndTheReadyButtonWaits() {
        Chat chat = overLimit();
        String post = chat.last().replies().get(0).text().stream()
                .filter(span -> span instanceof org.relais.core.chat.Span.Code).findFirst().orElseThrow().text();
        int length = Lengths.x(post, LengthRule.X140).length();
        assertThat(length).isGreaterThan(140);
        chat.expect("X (règle des 140) : " + length + " / 140, " + (length - 140) + " caractères de trop ✗");
        chat.pressPayload(chat.choice("Retirer #polQc").payload().replace("dh:0", "ok"))
                .expect("Ce choix n’est plus disponible");
    }

    @Test
    void droppingOptionalHashtagsIsNotEnoughHereButDroppingATargetIs() {
        Chat chat = overLimit();
        chat.press("Retirer #polQc").expectNotice("Retiré : #polQc");
        assertThat(chat.last().replies().get(0).editsPrevious()).as("a toggle edits the message in place").isTrue();
        chat.press("Retirer #PSOC").expect("de trop ✗");
        chat.press("Retirer @Zyxwvutsrqponml").expect("/ 140 ✓").expectButtons("C’est prêt");
        chat.press("C’est prêt");
        String post = Links.text(chat.link("Publier sur X"));
        assertThat(post).startsWith(".@abcdefghijklmno @pqrstuvwxyz_123 ").doesNotContain("Zyxwvutsrqponml")
                .endsWith("#OCASSS");
        assertThat(Lengths.x(post, LengthRule.X140).fits()).isTrue();
    }

    @Test
    void oneMessagePerTargetGivesEachTargetItsOwnValidMessage() {
        Chat chat = overLimit();
        chat.press("Un message par personne").expect("Voici vos 3 messages, un par personne", "/ 140 ✓")
                .expectNot("de trop").expectButtons("C’est prêt", "Un seul message pour tout le monde");
        chat.press("C’est prêt").expect("Vos 3 messages sont prêts");
        var links = chat.buttons().stream()
                .filter(b -> b instanceof org.relais.core.chat.Button.Link && b.label().startsWith("Publier sur X · "))
                .map(b -> Links.text(((org.relais.core.chat.Button.Link) b).url()))
                .toList();
        assertThat(links).hasSize(3);
        assertThat(links.get(0)).startsWith(".@abcdefghijklmno ").doesNotContain("@pqrstuvwxyz_123");
        assertThat(links.get(1)).startsWith(".@pqrstuvwxyz_123 ");
        assertThat(links.get(2)).startsWith(".@Zyxwvutsrqponml ");
        assertThat(links).allSatisfy(post -> assertThat(Lengths.x(post, LengthRule.X140).fits()).isTrue());
        chat.expect("Courriel à Bureau régional");
    }

    @Test
    void editingTheTextToSomethingShorterMakesItFit() {
        Chat chat = overLimit();
        chat.press("Modifier le texte").expect("Envoyez le texte corrigé", "Le financement des organismes");
        chat.send("Financez le communautaire !").expect("Étape 4 sur 5", "/ 140 ✓").expectButtons("C’est prêt");
        chat.press("C’est prêt");
        assertThat(Links.text(chat.link("Publier sur X")))
                .isEqualTo(".@abcdefghijklmno @pqrstuvwxyz_123 @Zyxwvutsrqponml Financez le communautaire ! #OCASSS #polQc #PSOC");
    }

    @Test
    void anEmptyEditIsRefusedAndTheTextIsKept() {
        Chat chat = overLimit();
        chat.press("Modifier le texte").send("   ").expect("Ce message est vide");
        chat.press("Retour").expect("Le financement des organismes communautaires");
    }

    @Test
    void bothCountsAreShownForTheOtherNetworks() {
        Chat chat = overLimit();
        chat.expect("Bluesky : ", "/ 300 ✓", "Mastodon : ", "/ 500 ✓", "Threads : ");
    }
}
