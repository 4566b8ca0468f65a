package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.relais.core.campaign.LengthRule;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.Links;
import org.relais.core.text.Lengths;
import org.junit.jupiter.api.Test;

/**
 * The whole volunteer path, in French and English, on a real store: each store module runs these
 * scenarios on its own implementation (in memory here, H2 and PostgreSQL in jdbc-store).
 */
public abstract class VolunteerScenarios extends ScenarioBase {
    protected VolunteerScenarios(ScenarioStores stores) {
        super(stores);
    }


    @Test
    void frenchVolunteerGoesFromHelloToAReadyPostAndSaysTheyPostedIt() {
        Chat chat = driver.user("alice", "fr-CA");
        chat.start().expect("Bonjour! Je suis Relais")
                .expectButtons("Financement du PSOC", "Interpeller votre député·e")
                .expectNoButton("Action terminée");
        chat.press("Financement du PSOC")
                .expect("📣 Financement du PSOC", "Étape 1 sur 5", "les #OCASSS ont besoin");
        chat.press("1").expect("📣 Financement du PSOC", "Étape 2 sur 5");
        assertThat(chat.labels()).contains("✅ Lucie Charlebois (@luciecharlebois)");
        chat.press("Suivant").expect("Étape 3 sur 5", "Toujours inclus : #OCASSS");
        assertThat(chat.labels()).as("#PSOC is in the wording: shown, not a toggle").contains("🔒 #OCASSS", "✅ #polQc", "✍️ #PSOC");
        chat.expect("✍️ : déjà dans votre texte");
        chat.press("Suivant").expect("Étape 4 sur 5", "X : ", "/ 280 ✓", "Bluesky : ", "Mastodon : ", "Threads : ");
        chat.press("C’est prêt").expect("Étape 5 sur 5", "Votre message est prêt");

        String post = Links.text(chat.link("Publier sur X"));
        assertThat(post).startsWith(".@luciecharlebois ").contains("#OCASSS", "#polQc", "#PSOC");
        assertThat(Lengths.x(post, LengthRule.X280).fits()).isTrue();
        assertThat(chat.link("Publier sur X")).startsWith("https://x.com/intent/tweet?text=");
        String elsewhere = Links.text(chat.link("Publier sur Bluesky"));
        assertThat(elsewhere).as("no X handle where it would mention nobody, or somebody else")
                .startsWith("Lucie Charlebois\u00a0: ").doesNotContain("@").contains("#OCASSS");
        assertThat(Links.text(chat.link("Publier sur Threads"))).isEqualTo(elsewhere);
        assertThat(chat.link("Retweeter")).isEqualTo("https://x.com/intent/retweet?tweet_id=1234567890123456789");
        assertThat(chat.link("Aimer")).isEqualTo("https://x.com/intent/like?tweet_id=1234567890123456789");
        chat.expect("Facebook ne permet pas de préremplir", "Page Facebook : Lucie Charlebois (fermée aux publications");
        assertThat(chat.textLink("Page Facebook : Lucie Charlebois")).isEqualTo("https://www.facebook.com/example.minister");

        String mail = chat.textLink("Courriel à Lucie Charlebois");
        chat.expect("Courriel à Lucie Charlebois (ministre@example.org)");
        assertThat(mail).startsWith("mailto:ministre@example.org?subject=").contains("%20").doesNotContain("+");
        assertThat(Links.query(mail).get("subject")).isEqualTo("Financement du PSOC");
        assertThat(Links.query(mail).get("body")).startsWith("Bonjour Lucie Charlebois,\r\n\r\nles #OCASSS ont besoin")
                .contains("#polQc").doesNotContain("@").endsWith("[Votre nom, votre organisme, votre ville]\r\n");

        chat.press("J’ai publié").expect("Où l’avez-vous publié");
        assertThat(chat.labels()).contains("✅ X", "⬜ Bluesky", "⬜ Courriel");
        chat.press("⬜ Courriel").press("Confirmer").expect("Merci, c’est noté", "Vos actions (✅ publiée, 📝 commencée) : ✅ Financement du PSOC");

        var counts = driver.store().inTransaction(tx -> tx.completions().countsFor("psoc"));
        assertThat(counts).extracting(c -> c.target() + "/" + c.network() + "=" + c.count())
                .containsExactly("luciecharlebois/email=1", "luciecharlebois/x=1");
    }

    @Test
    void englishVolunteerGetsEverythingInEnglish() {
        Chat chat = driver.user("bob", "en-US");
        chat.start().expect("Hello! I am Relais").expectButtons("PSOC funding");
        chat.press("PSOC funding").expect("Step 1 of 5", "the text", "#OCASSS need a real increase");
        chat.press("1").expect("Step 2 of 5", "whom to call on");
        chat.press("Next").expect("Always included: #OCASSS");
        chat.press("Next").expect("Step 4 of 5", "/ 280 ✓");
        chat.press("It’s ready").expect("Your message is ready", "Facebook does not allow pre-filled posts");
        String post = Links.text(chat.link("Post on X"));
        assertThat(post).startsWith(".@luciecharlebois ").contains("#OCASSS");
        assertThat(Links.query(chat.textLink("E-mail to Lucie Charlebois")).get("body")).startsWith("Hello Lucie Charlebois,");
        assertThat(Links.text(chat.link("Post on Bluesky"))).startsWith("Lucie Charlebois: #OCASSS need");
        chat.press("I posted it").press("Confirm").expect("Thank you, noted!");
    }

    @Test
    void aVolunteerCanWriteTheirOwnTextAndALeadingHandleGetsADot() {
        Chat chat = driver.user("carol");
        chat.start().press("Interpeller").press("Écrire mon propre texte").expect("Écrivez votre message");
        chat.send("@mon_depute le communautaire a besoin de vous").expect("Étape 2 sur 5");
        chat.press("Suivant").press("Suivant").press("C’est prêt");
        String post = Links.text(chat.link("Publier sur X"));
        assertThat(post).isEqualTo(".@mon_depute le communautaire a besoin de vous #OCASSS #polQc #jesoutienslecommunautaire");
    }

    @Test
    void typingAtTheWordingStepUsesTheTypedText() {
        Chat chat = driver.user("dan");
        chat.start().press("Financement du PSOC").send("Mon propre message pour le #PSOC")
                .expect("J’utilise votre texte", "Étape 2 sur 5");
        chat.press("Suivant").press("Suivant").press("C’est prêt");
        assertThat(Links.text(chat.link("Publier sur X")))
                .isEqualTo(".@luciecharlebois Mon propre message pour le #PSOC #OCASSS #polQc");
    }

    @Test
    void theFirstWordingOfferedRotatesFromOneVolunteerToTheNext() {
        String first = firstWordingOffered(driver.user("v1"));
        String second = firstWordingOffered(driver.user("v2"));
        String third = firstWordingOffered(driver.user("v3"));
        String fourth = firstWordingOffered(driver.user("v4"));
        assertThat(java.util.List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(fourth).isEqualTo(first);
    }

    private static String firstWordingOffered(Chat chat) {
        chat.start().press("Financement du PSOC");
        String text = chat.text();
        return text.substring(text.indexOf("1. ") + 3).lines().findFirst().orElseThrow();
    }

    @Test
    void aRestartInTheMiddleContinuesAtTheSameStep() {
        Chat chat = driver.user("erin");
        chat.start().press("Financement du PSOC").press("2").press("Suivant").expect("Étape 3 sur 5");
        driver.restart(reopen(driver.store()));
        chat.start().expect("On reprend où vous en étiez : Financement du PSOC", "Étape 3 sur 5");
        chat.press("Suivant").expect("Étape 4 sur 5", "tiennent le Québec debout");
    }

    @Test
    void aDeliveryAlreadyHandledIsIgnored() {
        Chat chat = driver.user("fay");
        chat.start().press("Financement du PSOC").press("1").expect("Étape 2 sur 5");
        chat.press("✅ Lucie Charlebois").expectNotice("Retiré");
        chat.redeliver().expectSilence();
        chat.press("Suivant").press("Suivant");
        assertThat(chat.text()).doesNotContain(".@luciecharlebois");
    }

    @Test
    void aDeepLinkOpensTheActionAndABrokenOneLandsOnTheMenu() {
        driver.user("gus").start("a_psoc").expect("📣 Financement du PSOC", "Étape 1 sur 5");
        driver.user("hal").start("a_fini").expect("Ce lien ne mène plus à une action en cours")
                .expectButtons("Interpeller votre député·e");
        driver.user("ivy").send("/start a_depute").expect("📣 Interpeller votre député·e");
        driver.user("jo").start("guide").expect("Choisissez la procédure");
        driver.user("kim").start("tips").expect("Conseils pour la campagne");
        driver.user("lou").start("menu").expectButtons("Financement du PSOC");
    }
}
