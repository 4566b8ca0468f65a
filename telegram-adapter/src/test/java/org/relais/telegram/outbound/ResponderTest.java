package org.relais.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.RichText;
import org.relais.telegram.ChatKind;
import org.relais.telegram.OkHttpTelegramApi;
import org.relais.telegram.fake.Call;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.SentMessage;
import org.relais.telegram.inbound.Reach;
import org.relais.telegram.send.Destination;
import org.relais.telegram.send.FloodLimits;
import org.relais.telegram.send.TelegramSender;

/**
 * The engine's replies as Telegram calls, against the fake Bot API: long texts in several messages
 * with the buttons under the last, toggles as edits (and what happens when an edit cannot be made),
 * replies in a group's topic, button presses acknowledged within Telegram's limit.
 */
class ResponderTest {
    private static final long MARIE = 6023381147L;
    private static final long GROUP = -1001234567890L;
    private static final List<List<Button>> ONE_BUTTON = List.of(List.of(new Button.Choice("Suivant", "next")));

    private final FakeTelegram fake = FakeTelegram.start();
    private final OkHttpTelegramApi api = new OkHttpTelegramApi(fake.token(), URI.create(fake.url()), Duration.ofSeconds(10));
    private final TelegramSender sender = new TelegramSender(api, FloodLimits.telegram(), to -> { });
    private final Responder responder = new Responder(sender, fake.botUsername());

    @AfterEach
    void close() {
        sender.close();
        api.close();
        fake.close();
    }

    private static Reach toMarie() {
        return new Reach(new Destination(Long.toString(MARIE), ChatKind.PRIVATE), Optional.empty(), Optional.empty());
    }

    private static Reply reply(String text, List<List<Button>> rows) {
        return new Reply(new RichText().plain(text).spans(), rows, false);
    }

    private void send(Response response, Reach reach) throws Exception {
        responder.sendAll(response, reach).get(20, TimeUnit.SECONDS);
    }

    private static Response of(Reply... replies) {
        return new Response(List.of(replies), Optional.empty());
    }

    @Test
    void aLongReplyBecomesSeveralMessagesWithTheButtonsUnderTheLast() throws Exception {
        String text = ("Une ligne de texte assez longue pour remplir un message. ".repeat(3) + "\n").repeat(60);
        send(of(reply(text, ONE_BUTTON)), toMarie());
        List<SentMessage> messages = fake.messages(MARIE);
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.plainText().length()).isLessThanOrEqualTo(4096));
        assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(m -> assertThat(m.replyMarkup()).isNull());
        assertThat(messages.get(messages.size() - 1).replyMarkup().toString()).contains("Suivant");
        assertThat(String.join("", messages.stream().map(SentMessage::plainText).toList()).replaceAll("\\s", ""))
                .isEqualTo(text.replaceAll("\\s", ""));
    }

    private static Reach pressedOn(int messageId, String text) {
        return new Reach(toMarie().destination(), Optional.empty(), Optional.of(new Reach.Pressed(messageId, text)));
    }

    @Test
    void aToggleThatChangesTheTextEditsTheMessageItsButtonWasOn() throws Exception {
        send(of(reply("⬜ #polQc", ONE_BUTTON)), toMarie());
        int id = fake.lastMessage(MARIE).orElseThrow().messageId();
        send(of(reply("✅ #polQc", ONE_BUTTON).asEdit()), pressedOn(id, "⬜ #polQc"));
        assertThat(fake.messages(MARIE)).singleElement().satisfies(m -> {
            assertThat(m.plainText()).isEqualTo("✅ #polQc");
            assertThat(m.edits()).isEqualTo(1);
        });
        assertThat(fake.calls("editMessageText")).hasSize(1);
    }

    @Test
    void aToggleThatChangesOnlyTheButtonsEditsOnlyTheKeyboard() throws Exception {
        send(of(reply("Les mots-clics", ONE_BUTTON)), toMarie());
        int id = fake.lastMessage(MARIE).orElseThrow().messageId();
        List<List<Button>> toggled = List.of(List.of(new Button.Choice("✅ #polQc", "h:0")), List.of(new Button.Choice("Suivant", "next")));
        send(of(reply("Les mots-clics", toggled).asEdit()), pressedOn(id, "Les mots-clics"));
        assertThat(fake.calls("editMessageText")).isEmpty();
        assertThat(fake.calls("editMessageReplyMarkup")).singleElement().satisfies(call -> assertThat(call.ok()).isTrue());
        assertThat(fake.messages(MARIE)).singleElement().satisfies(m -> {
            assertThat(m.replyMarkup().toString()).contains("✅ #polQc");
            assertThat(m.plainText()).isEqualTo("Les mots-clics");
        });
    }

    @Test
    void aPressOnAMessageThatIsNoLongerTheLatestGetsANewMessage() throws Exception {
        send(of(reply("⬜ #polQc", ONE_BUTTON)), toMarie());
        int older = fake.lastMessage(MARIE).orElseThrow().messageId();
        send(of(reply("Autre chose", List.of())), toMarie());
        send(of(reply("✅ #polQc", ONE_BUTTON).asEdit()), pressedOn(older, "⬜ #polQc"));
        assertThat(fake.calls("editMessageText")).isEmpty();
        assertThat(fake.calls("editMessageReplyMarkup")).isEmpty();
        assertThat(fake.messages(MARIE)).extracting(SentMessage::plainText).containsExactly("⬜ #polQc", "Autre chose", "✅ #polQc");
    }

    @Test
    void aPressAfterARestartWhenNothingIsKnownGetsANewMessage() throws Exception {
        send(of(reply("✅ #polQc", ONE_BUTTON).asEdit()), pressedOn(999_999, "⬜ #polQc"));
        assertThat(fake.calls("editMessageText")).isEmpty();
        assertThat(fake.messages(MARIE)).singleElement().satisfies(m -> assertThat(m.plainText()).isEqualTo("✅ #polQc"));
    }

    @Test
    void anEditToTheSameContentIsNotAnErrorAndSendsNothingMore() throws Exception {
        send(of(reply("⬜ #polQc", ONE_BUTTON)), toMarie());
        int id = fake.lastMessage(MARIE).orElseThrow().messageId();
        send(of(reply("⬜ #polQc", ONE_BUTTON).asEdit()), pressedOn(id, "⬜ #polQc"));
        assertThat(fake.calls("editMessageReplyMarkup")).singleElement().satisfies(call -> assertThat(call.ok()).isFalse());
        assertThat(fake.messages(MARIE)).hasSize(1);
    }

    @Test
    void anEditTelegramRefusesBecomesANewMessage() throws Exception {
        send(of(reply("⬜ #polQc", ONE_BUTTON)), toMarie());
        int id = fake.lastMessage(MARIE).orElseThrow().messageId();
        fake.failNext("editMessageText", 400, null);
        send(of(reply("✅ #polQc", ONE_BUTTON).asEdit()), pressedOn(id, "⬜ #polQc"));
        assertThat(fake.messages(MARIE)).extracting(SentMessage::plainText).containsExactly("⬜ #polQc", "✅ #polQc");
    }

    @Test
    void inAGroupTheFirstMessageAnswersTheRequestInItsTopicAndTheNextOnesFollowInIt() throws Exception {
        fake.declareChat(GROUP, "supergroup");
        Reach request = new Reach(new Destination(Long.toString(GROUP), ChatKind.GROUP), Optional.empty(), Optional.empty(),
                Optional.of(42), Optional.of(7));
        send(of(reply("Premier", List.of()), reply("Second", List.of())), request);
        List<Call> sends = fake.calls("sendMessage");
        assertThat(sends).hasSize(2).allSatisfy(call -> assertThat(call.params().path("message_thread_id").asInt()).isEqualTo(7));
        assertThat(sends.get(0).params().path("reply_parameters").toString()).contains("42", "allow_sending_without_reply");
        assertThat(sends.get(1).params().has("reply_parameters")).isFalse();
    }

    /** Marie gets a menu and presses its button: the reach of that press, its query open at the fake. */
    private Reach pressOnAMenu() throws Exception {
        send(of(reply("Choisissez", ONE_BUTTON)), toMarie());
        int id = fake.lastMessage(MARIE).orElseThrow().messageId();
        ObjectNode press = fake.updates().callback(MARIE, "fr", id, "next");
        fake.enqueue(press);
        String callbackId = press.path("callback_query").path("id").asText();
        return new Reach(toMarie().destination(), Optional.of(callbackId), Optional.of(new Reach.Pressed(id, "Choisissez")));
    }

    @Test
    void aButtonPressIsAcknowledgedWithTheNoticeCutToTelegramsLimit() throws Exception {
        Reach reach = pressOnAMenu();
        String notice = "Ce bouton est d’une étape passée 📣 ".repeat(10);
        send(new Response(List.of(), Optional.of(notice)), reach);
        Call answer = fake.awaitCall(call -> call.is("answerCallbackQuery"), Duration.ofSeconds(10));
        assertThat(answer.ok()).as("Telegram accepted the answer").isTrue();
        String text = answer.params().path("text").asText();
        assertThat(text.length()).isLessThanOrEqualTo(Responder.NOTICE_LIMIT);
        assertThat(text).endsWith("…").startsWith("Ce bouton");
        assertThat(fake.unansweredCallbacks()).isEmpty();
    }

    /** The first handling acknowledged the press; Telegram refuses a second answer to the same query. */
    @Test
    void aPressDeliveredAgainAfterACrashIsNotAcknowledgedTwice() throws Exception {
        Reach reach = pressOnAMenu();
        String callbackId = reach.callbackQueryId().orElseThrow();
        send(Response.REPLAY, reach); // completes once a button answer would have been made
        assertThat(fake.calls("answerCallbackQuery")).isEmpty();
        assertThat(fake.unansweredCallbacks()).containsExactly(callbackId);
    }

    @Test
    void aNoticeIsCutInUtf16UnitsAndNeverInsideAnEmoji() {
        assertThat(Responder.cut("court")).isEqualTo("court");
        String emojis = "📣".repeat(150);
        String cut = Responder.cut(emojis);
        assertThat(cut.length()).isLessThanOrEqualTo(Responder.NOTICE_LIMIT);
        assertThat(cut).endsWith("…");
        assertThat(cut.codePoints().filter(c -> c == 0xFFFD || Character.isSurrogate((char) c)).count()).isZero();
        assertThat(Responder.cut("a".repeat(200))).hasSize(200).doesNotContain("…");
    }

    private static Picture chart() throws java.io.IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(90, 60, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        return new Picture(png.toByteArray(), "stats-psoc-2026-11-24.png", "Graphique de « Financement du PSOC »");
    }

    @Test
    void aPictureFollowsItsTextAsAnUploadedPhotoCaptionedWithItsWords() throws Exception {
        Picture chart = chart();
        send(of(reply("Ont commencé : 3", ONE_BUTTON).withPicture(chart), reply("Choisissez", ONE_BUTTON)), toMarie());

        List<SentMessage> messages = fake.messages(MARIE);
        assertThat(messages).extracting(SentMessage::isPhoto).containsExactly(false, true, false);
        assertThat(messages.get(0).replyMarkup()).as("the buttons go with the photo, the last of the reply").isNull();
        assertThat(messages.get(1).replyMarkup().toString()).contains("Suivant");
        assertThat(messages.get(1).caption()).isEqualTo(chart.alt());
        assertThat(messages.get(1).parseMode()).isNull();
        assertThat(fake.photo(messages.get(1))).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(chart.png()));
        assertThat(fake.calls("sendPhoto").get(0).params().path("photo").asText()).isEqualTo("attach://" + chart.fileName());
        assertThat(fake.rejections()).isEmpty();
    }

    /** The upload is made anew for the second attempt: a stream read once would send nothing. */
    @Test
    void aPhotoAnswered429IsSentAgainWholeOnce() throws Exception {
        Picture chart = chart();
        fake.failNext("sendPhoto", 429, 1);
        send(of(new Reply(List.of(), List.of(), false).withPicture(chart)), toMarie());

        assertThat(fake.calls("sendPhoto")).extracting(Call::ok).containsExactly(false, true);
        assertThat(fake.messages(MARIE)).singleElement()
                .satisfies(m -> assertThat(fake.photo(m)).hasValueSatisfying(b -> assertThat(b).isEqualTo(chart.png())));
    }

    @Test
    void aCaptionIsCutToTelegramsLimit() throws Exception {
        Picture chart = chart();
        Picture wordy = new Picture(chart.png(), chart.fileName(), "📊 ".repeat(600));
        send(of(reply("Chiffres", List.of()).withPicture(wordy)), toMarie());
        assertThat(fake.messages(MARIE).get(1).caption().length()).isLessThanOrEqualTo(Responder.CAPTION_LIMIT);
        assertThat(fake.rejections()).isEmpty();
    }
}
