package org.relais.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Each method works through TelegramBots' real client, and the routing answers as Telegram does. */
class FakeTelegramMethodsTest extends WithFakeTelegram {

    @Test
    void getMeGivesTheBotWithItsUsername() throws TelegramApiException {
        var me = client.execute(new GetMe());

        assertThat(me.getUserName()).isEqualTo(FakeTelegram.DEFAULT_USERNAME);
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getId()).isEqualTo(fake.botId()).isEqualTo(123456789L);
    }

    @Test
    void sendMessageStoresItAndAnswersARealMessageWithIdsGrowingPerChat() throws TelegramApiException {
        Message first = client.execute(SendMessage.builder().chatId("42").text("<b>Hi</b> &amp; welcome")
                .parseMode("HTML").replyMarkup(keyboard(button("Join", "j:1"))).build());
        Message second = client.execute(SendMessage.builder().chatId(42L).text("again").build());
        Message other = client.execute(SendMessage.builder().chatId(-100500L).text("to the group").build());

        assertThat(first.getMessageId()).isEqualTo(1);
        assertThat(second.getMessageId()).isEqualTo(2);
        assertThat(other.getMessageId()).isEqualTo(1);
        assertThat(first.getText()).isEqualTo("Hi & welcome");
        assertThat(first.getEntities()).singleElement().satisfies(e -> assertThat(e.getType()).isEqualTo("bold"));
        assertThat(first.getChat().getType()).isEqualTo("private");
        assertThat(other.getChat().getType()).isEqualTo("supergroup");
        assertThat(first.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("j:1");
        SentMessage stored = fake.messages(42).get(0);
        assertThat(stored.text()).isEqualTo("<b>Hi</b> &amp; welcome");
        assertThat(stored.plainText()).isEqualTo("Hi & welcome");
        assertThat(stored.parseMode()).isEqualTo("HTML");
        assertThat(stored.callbackData()).containsExactly("j:1");
        assertThat(fake.lastMessage(42)).map(SentMessage::text).contains("again");
        assertThat(fake.calls("sendMessage")).hasSize(3).allSatisfy(call -> assertThat(call.ok()).isTrue());
        assertThat(fake.calls().get(0).chatId()).isEqualTo(42L);
        assertThat(fake.rejections()).isEmpty();
    }

    @Test
    void editsReplaceTheStoredMessageAndRefuseUnknownOrUnchangedOnes() throws TelegramApiException {
        client.execute(SendMessage.builder().chatId(7L).text("Vote?").replyMarkup(keyboard(button("Yes", "v:y")))
                .build());

        var edited = (Message) client.execute(EditMessageText.builder().chatId(7L).messageId(1).text("Voted")
                .replyMarkup(keyboard(button("Undo", "v:u"))).build());
        var unchanged = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(
                EditMessageText.builder().chatId(7L).messageId(1).text("Voted")
                        .replyMarkup(keyboard(button("Undo", "v:u"))).build()));
        client.execute(EditMessageReplyMarkup.builder().chatId("7").messageId(1).build());
        var unknown = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(
                EditMessageText.builder().chatId(7L).messageId(99).text("x").build()));

        assertThat(edited.getText()).isEqualTo("Voted");
        assertThat(edited.getEditDate()).isNotNull();
        assertThat(unchanged.getErrorCode()).isEqualTo(400);
        assertThat(unchanged.getApiResponse()).isEqualTo("Bad Request: message is not modified: specified new message "
                + "content and reply markup are exactly the same as a current content and reply markup of the message");
        assertThat(unknown.getApiResponse()).isEqualTo("Bad Request: message to edit not found");
        SentMessage now = fake.lastMessage(7).orElseThrow();
        assertThat(now.text()).isEqualTo("Voted");
        assertThat(now.replyMarkup()).isNull();
        assertThat(now.edits()).isEqualTo(2);
        assertThat(fake.messages(7)).hasSize(1);
    }

    @Test
    void answerCallbackQueryAcceptsAQueuedQueryOnce() throws TelegramApiException {
        client.execute(SendMessage.builder().chatId(5L).text("Pick").replyMarkup(keyboard(button("A", "a"))).build());
        fake.enqueue(fake.updates().callback(5, "fr", 1, "a"));
        var update = client.execute(GetUpdates.builder().build()).get(0);
        String id = update.getCallbackQuery().getId();
        assertThat(fake.unansweredCallbacks()).containsExactly(id);

        Boolean answered = client.execute(AnswerCallbackQuery.builder().callbackQueryId(id).text("Done").build());
        var again = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(id).build()));

        assertThat(answered).isTrue();
        assertThat(fake.unansweredCallbacks()).isEmpty();
        assertThat(again.getApiResponse())
                .isEqualTo("Bad Request: query is too old and response timeout expired or query ID is invalid");
    }

    @Test
    void commandsAreKeptPerLanguageAndScope() throws TelegramApiException {
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Start")).build());
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Commencer"))
                .command(new BotCommand("aide", "Aide")).languageCode("fr").build());

        List<BotCommand> french = client.execute(GetMyCommands.builder().languageCode("fr").build());

        assertThat(french).extracting(BotCommand::getCommand).containsExactly("start", "aide");
        assertThat(fake.commands("fr")).containsExactly(new MenuCommand("start", "Commencer"),
                new MenuCommand("aide", "Aide"));
        assertThat(fake.commands(null)).containsExactly(new MenuCommand("start", "Start"));
        assertThat(fake.commands("chat:1", null)).isEmpty();
    }

    @Test
    void webhookIsRecordedAndBlocksGetUpdatesUntilDeleted() throws TelegramApiException {
        client.execute(SetWebhook.builder().url("https://relais.example/tg").secretToken("s3cret_-")
                .allowedUpdates(List.of("message", "callback_query")).build());

        var info = client.execute(new GetWebhookInfo());
        var conflict = catchThrowableOfType(TelegramApiRequestException.class,
                () -> client.execute(GetUpdates.builder().build()));
        client.execute(new DeleteWebhook());

        assertThat(info.getUrl()).isEqualTo("https://relais.example/tg");
        assertThat(fake.webhook()).isEqualTo(Webhook.NONE);
        assertThat(conflict.getErrorCode()).isEqualTo(409);
        assertThat(client.execute(GetUpdates.builder().build())).isEmpty();
        assertThat(fake.calls()).extracting(Call::method).containsExactly("setWebhook", "getWebhookInfo",
                "getUpdates", "deleteWebhook", "getUpdates");
        assertThat(fake.rejections()).singleElement()
                .satisfies(r -> assertThat(r.description()).startsWith("Conflict: can't use getUpdates method"));
    }

    @Test
    void setWebhookRecordsUrlSecretAndTypes() throws TelegramApiException {
        client.execute(SetWebhook.builder().url("https://relais.example/tg").secretToken("abc")
                .allowedUpdates(List.of("message")).build());

        assertThat(fake.webhook()).isEqualTo(new Webhook("https://relais.example/tg", "abc", List.of("message")));
    }

    @Test
    void sendPhotoParsesTheMultipartUploadAndKeepsItsBytes() throws Exception {
        byte[] png = PhotoUploadsTest.png(400, 300);
        Message sent = client.execute(SendPhoto.builder().chatId(9L)
                .photo(new InputFile(new ByteArrayInputStream(png), "poster.png")).caption("<i>Rally</i> at 6")
                .parseMode("HTML").build());

        assertThat(sent.getCaption()).isEqualTo("Rally at 6");
        assertThat(sent.getPhoto()).isNotEmpty();
        SentMessage stored = fake.lastMessage(9).orElseThrow();
        assertThat(stored.isPhoto()).isTrue();
        assertThat(stored.photoBytes()).isEqualTo(png.length);
        assertThat(fake.photo(stored)).contains(png);
        assertThat(stored.caption()).isEqualTo("<i>Rally</i> at 6");
        assertThat(fake.calls().get(0).params().get("photo").asText()).isEqualTo("attach://poster.png");
    }

    @Test
    void methodNamesMatchInAnyCaseWithFormsQueriesAndStringChatIds() {
        String base = fake.url() + "/bot" + fake.token() + "/";

        var form = RawHttp.post(clients.okHttp(), base + "SENDMESSAGE", "application/x-www-form-urlencoded",
                "chat_id=%2D100777&text=caf%C3%A9");
        var query = RawHttp.get(clients.okHttp(), base + "sendmessage?chat_id=8&text=hello");
        var json = RawHttp.post(clients.okHttp(), base + "SendMessage", "application/json",
                "{\"chat_id\":\"8\",\"text\":\"json\"}");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().at("/result/chat/id").asLong()).isEqualTo(-100777);
        assertThat(fake.lastMessage(-100777)).map(SentMessage::text).contains("café");
        assertThat(query.body().at("/result/message_id").asInt()).isEqualTo(1);
        assertThat(json.body().at("/result/message_id").asInt()).isEqualTo(2);
        assertThat(fake.calls()).extracting(Call::method).containsOnly("sendMessage");
    }

    @Test
    void anUnknownTokenGets401AndAnUnknownMethod404() {
        var wrongToken = RawHttp.get(clients.okHttp(), fake.url() + "/bot1:nope/getMe");
        var unknownMethod = RawHttp.get(clients.okHttp(), fake.url() + "/bot" + fake.token() + "/sendTelepathy");

        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        assertThat(unknownMethod.status()).isEqualTo(404);
        assertThat(unknownMethod.body().get("description").asText()).isEqualTo("Not Found");
        assertThat(fake.rejections()).extracting(Rejection::kind).containsOnly(Rejection.Kind.ROUTING);
    }

    @Test
    void awaitCallAndAwaitMessageWaitBoundedly() throws TelegramApiException {
        client.execute(SendMessage.builder().chatId(3L).text("ready").build());

        assertThat(fake.awaitCall(call -> call.is("sendmessage"), Duration.ofSeconds(1)).chatId()).isEqualTo(3L);
        assertThat(fake.awaitMessage(3, text -> text.startsWith("rea"), Duration.ofSeconds(1)).messageId())
                .isEqualTo(1);
        long start = System.nanoTime();
        var timeout = catchThrowableOfType(AssertionError.class,
                () -> fake.awaitMessage(3, "never"::equals, Duration.ofMillis(200)));
        assertThat(timeout).hasMessageContaining("no matching message in chat 3");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
