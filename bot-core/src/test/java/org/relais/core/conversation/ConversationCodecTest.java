package org.relais.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.i18n.Language;
import org.relais.core.port.CampaignSamples;
import org.relais.core.port.StoredConversation;
import org.relais.core.text.Network;

class ConversationCodecTest {
    private static final ConversationKey KEY = new ConversationKey("test", "u");
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

    @Test
    void everyFieldSurvivesARoundTrip() {
        Conversation c = new Conversation(KEY, "chat", "review", Language.EN, 3);
        c.setLanguage(Language.EN, true);
        c.setMastodonInstance("mastodon.social");
        c.setGuidePosition("b2");
        c.setReturnState("choose_targets");
        Draft d = c.startDraft("psoc", 7);
        d.useOwnText("ligne 1\nligne 2 \\ avec = et , ; « » 👨‍👩‍👧 %41\r\nfin");
        d.targets().add("@luciecharlebois");
        d.targets().add("~bureau, régional");
        d.typedTargets().add("un_nom");
        d.typedTargets().add("depute+x@example.org");
        d.hashtags().add("polqc");
        d.typedHashtags().add("café");
        d.setOnePerTarget(true);
        d.postedOn().add(Network.BLUESKY);
        d.setStep("review");

        StoredConversation row = ConversationCodec.encode(c, NOW);
        Conversation back = ConversationCodec.decode(row, Language.FR);

        assertThat(row.version()).isEqualTo(3);
        assertThat(back.state()).isEqualTo("review");
        assertThat(back.language()).isEqualTo(Language.EN);
        assertThat(back.languageChosen()).isTrue();
        assertThat(back.mastodonInstance()).contains("mastodon.social");
        assertThat(back.guidePosition()).isEqualTo("b2");
        assertThat(back.returnState()).contains("choose_targets");
        assertThat(back.draftsStarted()).isEqualTo(1);
        Draft b = back.draft().orElseThrow();
        assertThat(b.number()).isEqualTo(1);
        assertThat(b.actionId()).isEqualTo("psoc");
        assertThat(b.rotation()).isEqualTo(7);
        assertThat(b.wording()).isEqualTo(-1);
        assertThat(b.body()).isEqualTo(d.body());
        assertThat(b.targets()).containsExactly("@luciecharlebois", "~bureau, régional");
        assertThat(b.typedTargets()).containsExactly("un_nom", "depute+x@example.org");
        assertThat(b.hashtags()).containsExactly("polqc");
        assertThat(b.typedHashtags()).containsExactly("café");
        assertThat(b.onePerTarget()).isTrue();
        assertThat(b.postedOn()).containsExactly(Network.BLUESKY);
        assertThat(b.step()).contains("review");
        assertThat(ConversationCodec.encode(back, NOW).data()).isEqualTo(row.data());
    }

    @Test
    void aChosenWordingKeepsItsIndex() {
        Conversation c = new Conversation(KEY, "chat", "choose_targets", Language.FR, 0);
        c.startDraft("psoc", 0).useWording(2, "texte");
        Draft back = ConversationCodec.decode(ConversationCodec.encode(c, NOW), Language.FR).draft().orElseThrow();
        assertThat(back.wording()).isEqualTo(2);
        assertThat(back.body()).isEqualTo("texte");
    }

    @Test
    void unknownKeysAndGarbageAreIgnoredSoOldRowsKeepLoading() {
        StoredConversation row = new StoredConversation(KEY, "chat", "menu", "xx",
                "v=9\nfuture.key=1\nd.action=psoc\nd.number=abc\nd.targets=%40a,,%40b\nno equals sign\n=empty key", 1, NOW);
        Conversation c = ConversationCodec.decode(row, Language.FR);
        assertThat(c.language()).isEqualTo(Language.FR);
        assertThat(c.draft().orElseThrow().number()).isEqualTo(1);
        assertThat(c.draft().orElseThrow().targets()).containsExactly("@a", "@b");
    }

    /** A coordinator's half-made action, with what a list step collected, comes back as it was. */
    @Test
    void aHalfMadeActionSurvivesARoundTrip() {
        Conversation c = new Conversation(KEY, "chat", "action_wordings_en", Language.FR, 2);
        c.startDraft("psoc", 0);
        ActionDraft n = c.startActionDraft("", CampaignSamples.full().withId(""));
        n.pending().add("ligne 1\nligne 2, avec = et \\");
        n.setFromSummary(true);
        n.setStep("action_wordings_en");

        Conversation back = ConversationCodec.decode(ConversationCodec.encode(c, NOW), Language.FR);

        ActionDraft b = back.actionDraft().orElseThrow();
        assertThat(b.number()).isEqualTo(2);
        assertThat(back.draftsStarted()).isEqualTo(2);
        assertThat(b.editing()).isEmpty();
        assertThat(b.action()).isEqualTo(n.action());
        assertThat(b.pending()).containsExactly("ligne 1\nligne 2, avec = et \\");
        assertThat(b.fromSummary()).isTrue();
        assertThat(b.step()).contains("action_wordings_en");
        assertThat(back.draft().orElseThrow().actionId()).isEqualTo("psoc");
    }
}
