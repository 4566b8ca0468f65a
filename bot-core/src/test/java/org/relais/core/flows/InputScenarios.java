package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.Links;

/** Bad input gets an explanation in the user's language, and nothing already chosen is lost. */
public abstract class InputScenarios extends ScenarioBase {
    protected InputScenarios(ScenarioStores stores) {
        super(stores);
    }


    private Chat atTargets(String user, String hint) {
        Chat chat = driver.user(user, hint);
        chat.start().press(hint != null && hint.startsWith("en") ? "Call on your MNA" : "Interpeller").press("1");
        return chat.expect("2");
    }

    @Test
    void aHandleWithAnAccentIsExplainedNotDropped() {
        atTargets("u1", null).send("@josé").expectAlone("« @josé » n’est pas un nom X valide", "En trop : é")
                .expectOnScreen("Étape 2 sur 5");
    }

    @Test
    void aThirtyCharacterHandleIsExplained() {
        atTargets("u2", null).send("@" + "a".repeat(30)).expect("a 30 caractères, alors qu’un nom X en compte au plus 15");
    }

    @Test
    void badHandlesAreExplainedInEnglishToo() {
        atTargets("u3", "en").send("@josé").expect("“@josé” is not a valid X username", "Not allowed: é");
    }

    @Test
    void validHandlesAreAddedEvenNextToABadOneAndUrlsAreUnderstood() {
        Chat chat = atTargets("u4", null).send("@bon_nom, @josé https://x.com/autre_nom")
                .expect("Ajouté : @bon_nom @autre_nom", "« @josé »");
        chat.expectButtons("✅ @bon_nom", "✅ @autre_nom");
        chat.press("✅ @bon_nom").expectButtons("⬜ @bon_nom");
        chat.press("Suivant").press("Suivant").press("C’est prêt");
        assertThat(Links.text(chat.link("Publier sur X"))).startsWith(".@autre_nom ");
    }

    @Test
    void aHandleTypedTwiceIsNotAddedTwice() {
        Chat chat = atTargets("u5", null).send("@Meme_nom").send("@meme_nom");
        assertThat(chat.labels().stream().filter(label -> label.toLowerCase().contains("meme_nom"))).hasSize(1);
    }

    @Test
    void badHashtagsAreExplainedAndGoodOnesAdded() {
        Chat chat = atTargets("u6", null).press("Suivant").expect("Étape 3 sur 5");
        chat.send("#123").expect("« #123 » ne serait pas un mot-clic sur X : il lui faut au moins une lettre");
        chat.send("#climate-action").expect("« #climate-action » ne serait pas lu en entier", "En trop : -");
        chat.send("#café #solidarité").expect("Ajouté : #café #solidarité").expectButtons("✅ #café", "✅ #solidarité");
        chat.send("#ocasss #polQc").expect("Déjà là : #ocasss #polQc").expectNot("Ajouté");
        assertThat(chat.labels().stream().filter(label -> label.toLowerCase().contains("ocasss"))).hasSize(1);
    }

    @Test
    void theRequiredHashtagCannotBeRemoved() {
        Chat chat = atTargets("u7", null).press("Suivant").press("🔒 #OCASSS").expectNotice("#OCASSS est obligatoire");
        chat.press("Suivant").press("C’est prêt");
        assertThat(Links.text(chat.link("Publier sur X"))).contains("#OCASSS");
    }

    @Test
    void aButtonFromAnOlderDraftIsNoLongerAvailable() {
        Chat chat = atTargets("u8", null);
        String oldNext = chat.choice("Suivant").payload();
        chat.send("/annuler").press("Financement du PSOC").press("1").expect("Étape 2 sur 5");
        chat.pressPayload(oldNext).expectAlone("Ce choix n’est plus disponible").expectOnScreen("Étape 2 sur 5", "📣 Financement du PSOC");
        assertThat(chat.last().replies().get(0).editsPrevious()).isFalse();
    }

    @Test
    void forgedAndOversizedPayloadsGetTheCurrentStepNeverAnError() {
        Chat chat = atTargets("u9", null);
        for (String forged : new String[] {"zz:99", "t:999~1", "t:abc~1", "", "a:nonexistent", "g:z9", "l:de",
                "x".repeat(65), "t:0~99999", "\u0000", "résumé", "n:x~1"}) {
            chat.pressPayload(forged).expectAlone("Ce choix n’est plus disponible").expectOnScreen("Étape 2 sur 5");
        }
    }

    @Test
    void aButtonOfTheCurrentStepOnAnOldMessageStillWorks() {
        Chat chat = atTargets("u10", null);
        String next = chat.choice("Suivant").payload();
        chat.send("@un_nom").pressPayload(next).expect("Étape 3 sur 5");
    }

    @Test
    void aHugeOwnTextIsRefusedWithItsLength() {
        Chat chat = driver.user("u11");
        chat.start().press("Interpeller").press("Écrire mon propre texte").send("x".repeat(2500))
                .expect("500 caractères; j’en accepte 2", "000 au plus");
        chat.send("Court et clair").expect("Étape 2 sur 5");
    }

    @Test
    void aMastodonServerIsAskedOnceCheckedAndUsed() {
        Chat chat = driver.user("u12");
        chat.start().press("Financement du PSOC").press("1").press("Suivant").press("Suivant").press("C’est prêt");
        chat.expectNoButton("Publier sur Mastodon").press("Mastodon : indiquer mon serveur").expect("Sur quel serveur Mastodon");
        chat.send("pas un serveur").expect("« pas un serveur » ne ressemble pas");
        chat.send("@moi@Mastodon.Social").expect("C’est noté : mastodon.social.");
        String link = chat.link("Publier sur Mastodon (mastodon.social)");
        assertThat(link).startsWith("https://mastodon.social/share?text=");
        assertThat(Links.text(link)).contains("#OCASSS");
    }

    @Test
    void textWhereButtonsAreExpectedGetsAHintAndTheStepAgain() {
        Chat chat = driver.user("u13");
        chat.start().press("Financement du PSOC").press("1").press("Suivant").press("Suivant");
        chat.send("ok").expectAlone("Utilisez les boutons sous le message").expectOnScreen("Étape 4 sur 5");
    }
}
