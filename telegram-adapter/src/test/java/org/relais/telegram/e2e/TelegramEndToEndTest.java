package org.relais.telegram.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.LengthRule;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.Commands;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.Milestone;
import org.relais.core.port.RoleChange;
import org.relais.core.port.Subscription;
import org.relais.core.port.ChatMembership;
import org.relais.core.testing.Links;
import org.relais.core.testing.RecordingPainter;
import org.relais.core.testing.TestCampaigns;
import org.relais.core.text.Lengths;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramSettings;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.SentMessage;
import org.relais.telegram.fake.TelegramChat;
import org.relais.telegram.send.FloodLimits;

/**
 * The wired Telegram adapter against the loopback fake Bot API: long polling, the engine on a store,
 * the sender. A volunteer goes from /start to the X link; the guide; a restart in the middle; an
 * update delivered twice; a 429 on the way.
 */
class TelegramEndToEndTest {
    private static final long MARIE = 6023381147L;

    private final FakeTelegram fake = FakeTelegram.start();
    private final InMemoryStore store = new InMemoryStore();
    private TelegramBot bot = start();

    private TelegramBot start() {
        Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR);
        TelegramSettings settings = new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.empty(), Optional.empty());
        return TelegramBot.start(settings, engine, FloodLimits.telegram());
    }

    @AfterEach
    void stop() {
        bot.close();
        fake.close();
    }

    @Test
    void aVolunteerGoesFromStartToAnXLinkWithTheCampaignHashtagAndTheTarget() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        chat.send("/start", "Bonjour! Je suis Relais");
        chat.button("Financement du PSOC");
        chat.press("Financement du PSOC", "Étape 1 sur 5");
        chat.press("1", "Étape 2 sur 5");
        String toggled = chat.press("✅ Lucie Charlebois", "⬜ Lucie Charlebois");
        assertThat(toggled).isNotNull();
        chat.press("⬜ Lucie Charlebois", "✅ Lucie Charlebois");
        assertThat(fake.calls("editMessageReplyMarkup")).as("a toggle edits the keyboard in place").hasSize(2);
        chat.press("Suivant", "Étape 3 sur 5");
        chat.press("Suivant", "Étape 4 sur 5");
        chat.press("C’est prêt", "Étape 5 sur 5");
        assertThat(fake.calls("sendMessage")).as("one message per answer: /start, action, wording, two steps, ready")
                .hasSize(6);
        assertThat(fake.lastMessage(MARIE).orElseThrow().replyMarkup().toString())
                .as("the ready step is one message: the links and what comes after")
                .contains("Publier sur X", "Bluesky", "J’ai publié");
        String post = Links.text(chat.link("Publier sur X"));
        assertThat(post).contains("#OCASSS", "@luciecharlebois");
        assertThat(Lengths.x(post, LengthRule.X280).fits()).isTrue();
        assertThat(fake.unansweredCallbacks()).as("every button press was acknowledged").isEmpty();
        assertThat(fake.rejections()).as("Telegram accepted every call").isEmpty();
    }

    @Test
    void theGuideAnswersTheQuestionAndTurnsItsPages() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        chat.send("comment lier facebook et twitter ?", "Choisissez la procédure");
        chat.press("A ·", "Étape 1 sur 5");
        chat.press("Suivant", "Étape 2 sur 5");
        chat.send("/guide", "Choisissez la procédure");
        assertThat(fake.commands("fr")).extracting(c -> c.command()).contains("annuler", "langue", "oublier");
        assertThat(fake.commands("en")).extracting(c -> c.command()).contains("cancel", "language", "forget");
    }

    @Test
    void aRestartInTheMiddleContinuesAtTheSameStep() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        chat.send("/start a_psoc", "Étape 1 sur 5");
        chat.press("2", "Étape 2 sur 5");
        bot.close();
        bot = start();
        chat.press("Suivant", "Étape 3 sur 5");
    }

    /**
     * Telegram delivers again an update whose confirmation it did not see: here the process restarts
     * (its poll offset starts over) and the same update, same {@code update_id}, comes back.
     */
    @Test
    void anUpdateDeliveredTwiceIsAnsweredOnce() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        ObjectNode update = fake.updates().privateText(MARIE, "fr", "/aide");
        chat.after(() -> update.put("update_id", fake.enqueue(update)), "Ce que je sais faire");
        bot.close();
        bot = start();
        assertThat(fake.enqueue(update.deepCopy())).as("the same update_id").isEqualTo(update.get("update_id").asInt());
        chat.send("/menu", "Choisissez une action");
        long helps = fake.messages(MARIE).stream().map(SentMessage::plainText).filter(t -> t.contains("Ce que je sais faire")).count();
        assertThat(helps).isEqualTo(1);
    }

    @Test
    void a429IsWaitedOutAndTheMessageArrivesOnce() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        fake.failNext("sendMessage", 429, 1);
        chat.send("/start", "Choisissez une action");
        assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
        long menus = fake.messages(MARIE).stream().filter(m -> m.plainText().contains("Choisissez une action")).count();
        assertThat(menus).isEqualTo(1);
    }

    @Test
    void aPersonWhoBlockedTheBotIsRecordedAndNotRetried() throws Exception {
        fake.failNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user", null);
        fake.enqueue(fake.updates().privateText(MARIE, "fr", "/start"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Optional<ChatMembership> chat = Optional.empty();
        while (chat.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            chat = store.inTransaction(tx -> tx.chats().find("telegram", Long.toString(MARIE)));
        }
        assertThat(chat).hasValueSatisfying(c -> assertThat(c.status()).isEqualTo("blocked"));
        assertThat(fake.calls("sendMessage").stream().filter(call -> call.status() == 403)).hasSize(1);
    }

    /**
     * Old messages keep their buttons on Telegram: one of the current step still works, even on an
     * older copy of the step; any other says so and shows where the person is.
     */
    @Test
    void oldButtonsOfAnEarlierStepOrAnAbandonedDraftShowWhereThePersonIs() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        chat.send("/start a_psoc", "Étape 1 sur 5");
        TelegramChat.Button wording = chat.button("2");
        chat.press("1", "Étape 2 sur 5");
        TelegramChat.Button next = chat.button("Suivant");
        chat.press("Suivant", "Étape 3 sur 5");
        TelegramChat.Button current = chat.button("Suivant");
        chat.after(() -> fake.enqueue(fake.updates().callback(MARIE, "fr", next.messageId(), next.data())),
                "Ce choix n’est plus disponible");
        assertThat(fake.lastMessage(MARIE).orElseThrow().plainText()).as("said alone: the step is the message just above")
                .contains("Utilisez les boutons de mon dernier message").doesNotContain("Étape");
        assertThat(fake.lastMessage(MARIE).orElseThrow().messageId()).isEqualTo(current.messageId() + 1);
        chat.after(() -> fake.enqueue(fake.updates().callback(MARIE, "fr", current.messageId(), current.data())),
                "Étape 4 sur 5");
        chat.send("/annuler", "Choisissez une action");
        chat.after(() -> fake.enqueue(fake.updates().callback(MARIE, "fr", wording.messageId(), wording.data())),
                "Ce choix n’est plus disponible");
        assertThat(fake.unansweredCallbacks()).as("every press was acknowledged").isEmpty();
        assertThat(fake.rejections()).isEmpty();
    }

    @Test
    void anOldButtonOnAnInaccessibleMessageGetsANewMessage() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        chat.send("/start a_psoc", "Étape 1 sur 5");
        chat.after(() -> fake.enqueue(fake.updates().inaccessibleCallback(MARIE, "fr", 1, "menu")), "Choisissez une action");
        assertThat(fake.unansweredCallbacks()).isEmpty();
    }

    @Test
    void stickersGetAWordAndGroupsAnInvitationToAPrivateChat() {
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        chat.send("/start", "Choisissez une action");
        ObjectNode sticker = fake.updates().privateText(MARIE, "fr", "x");
        ((ObjectNode) sticker.get("message")).remove("text");
        ((ObjectNode) sticker.get("message")).putObject("sticker").put("file_id", "CAACAgIAAxkBAAINQ2dCc")
                .put("file_unique_id", "AgADxQADIXq1").put("width", 512).put("height", 512).put("is_animated", false)
                .put("is_video", false).put("type", "regular");
        chat.after(() -> fake.enqueue(sticker), "Je ne lis que le texte");
        long group = -1002233445566L;
        fake.enqueue(fake.updates().groupText(group, MARIE, "/aide@" + fake.botUsername(),
                org.relais.telegram.fake.Updates.entity("bot_command", 0, 6 + fake.botUsername().length())));
        SentMessage invitation = fake.awaitMessage(group, text -> text.contains("je vous réponds en privé"), Duration.ofSeconds(10));
        assertThat(invitation.replyMarkup().toString()).contains("https://t.me/" + fake.botUsername() + "?start=menu");
        fake.enqueue(fake.updates().groupText(group, MARIE, "on se voit jeudi"));
        chat.send("/menu", "Choisissez une action");
        assertThat(fake.messages(group)).hasSize(1);
    }

    @Test
    void aVolunteerIsRefusedEveryCoordinatorCommandInPrivateAndInAGroupAndNothingIsStored() {
        TelegramChat marie = new TelegramChat(fake, MARIE, "fr");
        TelegramChat luke = new TelegramChat(fake, 6023381148L, "en");
        long french = -1002233445566L;
        long english = -1002233445567L;
        int typed = 0;
        // Each spelling once in private and once in a group, by a person of that language (Telegram
        // paces each chat at one message a second: both people on both spellings took four times longer).
        for (Commands command : Commands.forCoordinators()) {
            String fr = command.name(Language.FR);
            String en = command.name(Language.EN);
            marie.send("/" + fr, "réservée aux personnes qui coordonnent");
            luke.send("/" + en, "for the campaign’s coordinators");
            commandInGroup(french, MARIE, fr);
            commandInGroup(english, 6023381148L, en);
            typed++;
        }
        int expected = typed;
        for (long group : List.of(french, english)) {
            fake.awaitMessage(group, t -> fake.messages(group).size() >= expected, Duration.ofSeconds(20));
            assertThat(fake.messages(group)).hasSize(typed);
        }
        // The fake's group updates carry no language_code, so both groups are answered in the default language.
        for (long group : List.of(french, english)) {
            assertThat(fake.messages(group)).allSatisfy(m -> assertThat(m.text()).contains("réservée aux personnes qui coordonnent"));
        }
        List<Subscription> subscriptions = store.inTransaction(tx -> tx.subscriptions().list());
        List<RoleChange> grants = store.inTransaction(tx -> tx.coordinators().history());
        assertThat(subscriptions).isEmpty();
        assertThat(grants).isEmpty();
        assertThat(store.inTransaction(tx -> tx.campaigns().version()).isPresent()).as("no campaign stored").isFalse();
    }

    /**
     * A coordinator named in the settings asks for an action's statistics: the figures arrive as a
     * message, then the chart as a photo whose bytes are the PNG the painter drew; the volunteer whose
     * progress is counted is named nowhere.
     */
    @Test
    void aCoordinatorSendsStatsAndGetsTheFiguresThenTheChartAsAPhoto() throws Exception {
        bot.close();
        RecordingPainter painter = new RecordingPainter();
        Engine engine = new Engine(RelaisDialog.create(painter), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR,
                new Coordinators(Set.of(new ConversationKey("telegram", Long.toString(MARIE)))));
        bot = TelegramBot.start(new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.empty(), Optional.empty()),
                engine, FloodLimits.telegram());
        store.inTransaction(tx -> {
            tx.progress().record(new ConversationKey("telegram", "6023381148"), "psoc", Milestone.POSTED, Instant.now());
            return null;
        });
        TelegramChat marie = new TelegramChat(fake, MARIE, "fr");

        marie.send("/stats psoc", "Ont dit avoir publié : 1");

        SentMessage photo = fake.awaitMessage(MARIE, text -> text != null && text.startsWith("Graphique de"), Duration.ofSeconds(20));
        assertThat(photo.isPhoto()).isTrue();
        byte[] bytes = fake.photo(photo).orElseThrow();
        assertThat(bytes).isEqualTo(painter.made().get(0));
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes))).isNotNull();
        assertThat(fake.messages(MARIE)).noneSatisfy(m -> assertThat(String.valueOf(m.body())).contains("6023381148"));
        assertThat(fake.rejections()).as("the restart's last long poll may be ended by the new one (409); nothing else")
                .extracting(r -> r.method()).doesNotContain("sendMessage", "sendPhoto");
    }

    private void commandInGroup(long group, long from, String name) {
        String text = "/" + name + "@" + fake.botUsername();
        fake.enqueue(fake.updates().groupText(group, from, text,
                org.relais.telegram.fake.Updates.entity("bot_command", 0, text.length())));
    }
}
