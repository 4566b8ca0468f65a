package org.relais.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.InaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** getUpdates as Telegram does it, and updates built by {@link Updates} shaped exactly like Telegram's. */
class FakeTelegramUpdatesTest extends WithFakeTelegram {

    private final Updates updates = fake.updates();

    @Override
    FakeTelegram startFake() {
        return FakeTelegram.builder().longPollCap(Duration.ofMillis(800)).start();
    }

    private List<Update> poll(Integer offset, Integer timeout) throws TelegramApiException {
        return client.execute(GetUpdates.builder().offset(offset).timeout(timeout).build());
    }

    @Test
    void anUpdateIsDeliveredAgainUntilAnOffsetAboveItConfirmsIt() throws TelegramApiException {
        int first = fake.enqueue(updates.privateText(1, "fr", "hello"));
        int second = fake.enqueue("{\"message\":" + updates.privateText(2, "en", "hi").get("message") + "}");

        List<Update> delivered = poll(null, null);
        List<Update> again = poll(null, null);
        List<Update> afterFirst = poll(first + 1, null);
        List<Update> afterAll = poll(second + 1, null);

        assertThat(second).isEqualTo(first + 1);
        assertThat(delivered).extracting(Update::getUpdateId).containsExactly(first, second);
        assertThat(again).extracting(Update::getUpdateId).containsExactly(first, second);
        assertThat(afterFirst).extracting(Update::getUpdateId).containsExactly(second);
        assertThat(afterAll).isEmpty();
        assertThat(fake.pendingUpdates()).isZero();
    }

    @Test
    void anUpdateIdGivenByTheTestIsKeptAndTheNextFollowsIt() throws TelegramApiException {
        fake.enqueue("{\"update_id\":5000,\"message\":" + updates.privateText(1, null, "x").get("message") + "}");
        int next = fake.enqueue(updates.privateText(1, null, "y"));

        assertThat(next).isEqualTo(5001);
        assertThat(client.execute(GetUpdates.builder().limit(1).build())).extracting(Update::getUpdateId)
                .containsExactly(5000);
    }

    @Test
    void aLongPollWaitsAtMostTheCapAndWakesWhenAnUpdateArrives() throws Exception {
        long start = System.nanoTime();
        List<Update> none = poll(null, 30);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        CompletableFuture<ArrayList<Update>> waiting = client.executeAsync(GetUpdates.builder().timeout(30).build());
        Thread.sleep(100);
        fake.enqueue(updates.privateText(1, "fr", "wake up"));
        List<Update> woken = waiting.get(700, TimeUnit.MILLISECONDS);

        assertThat(none).isEmpty();
        assertThat(waited).isBetween(Duration.ofMillis(700), Duration.ofMillis(1500));
        assertThat(woken).singleElement().satisfies(u -> assertThat(u.getMessage().getText()).isEqualTo("wake up"));
    }

    @Test
    void aNewerPollEndsAWaitingOneWith409() throws Exception {
        CompletableFuture<ArrayList<Update>> older = client.executeAsync(GetUpdates.builder().timeout(30).build());
        Thread.sleep(100);

        poll(null, 0);

        ExecutionException conflict = catchThrowableOfType(ExecutionException.class,
                () -> older.get(1, TimeUnit.SECONDS));
        assertThat(conflict.getCause()).isInstanceOfSatisfying(TelegramApiRequestException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(409));
    }

    @Test
    void theHelpersBuildWhatTheLibraryReads() throws Exception {
        client.execute(SendMessage.builder().chatId(1L).text("Join?")
                .replyMarkup(keyboard(button("Yes", "j:1"))).build());
        fake.enqueue(updates.privateText(1, "fr", "/start join"));
        fake.enqueue(updates.callback(1, "fr", 1, "j:1"));
        fake.enqueue(updates.inaccessibleCallback(1, "fr", 1, "j:1"));
        fake.enqueue(updates.groupText(-100123, 2, "@relais_test_bot hi", Updates.entity("mention", 0, 16)));
        fake.enqueue(updates.myChatMember(-100123, "supergroup", "left", "administrator"));

        List<Update> got = poll(null, null);

        assertThat(got.get(0).getMessage().getEntities()).extracting(MessageEntity::getType, MessageEntity::getText)
                .containsExactly(tuple("bot_command", "/start"));
        assertThat(got.get(0).getMessage().getFrom().getLanguageCode()).isEqualTo("fr");
        assertThat(got.get(0).getMessage().getMessageId()).isEqualTo(2); // after the bot's message 1
        assertThat(got.get(1).getCallbackQuery().getMessage()).isInstanceOfSatisfying(Message.class,
                m -> assertThat(m.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("j:1"));
        assertThat(got.get(2).getCallbackQuery().getMessage()).isInstanceOf(InaccessibleMessage.class);
        assertThat(got.get(3).getMessage().getChat().isSuperGroupChat()).isTrue();
        assertThat(got.get(4).getMyChatMember().getNewChatMember().getStatus()).isEqualTo("administrator");
        assertThat(got.get(4).getMyChatMember().getNewChatMember().getUser().getId()).isEqualTo(fake.botId());
    }

    @Test
    void theHelpersBuildTelegramsShapes() throws IOException {
        assertSameShape(updates.privateText(111, "fr", "/start join"), "private-text.json");
        assertSameShape(updates.groupText(-1001234567890L, 222, "@relais_test_bot hello",
                Updates.entity("mention", 0, 16)), "group-text.json");
        assertSameShape(updates.inaccessibleCallback(111, "fr", 12, "j:1"), "inaccessible-callback.json");
        assertSameShape(updates.myChatMember(-1001234567890L, "supergroup", "left", "member"), "my-chat-member.json");
    }

    @Test
    void aCallbackCarriesTheMessageAsStoredWithTelegramsShape() throws Exception {
        client.execute(SendMessage.builder().chatId(111L).text("Join the march?")
                .replyMarkup(keyboard(button("Yes", "j:1"))).build());

        assertSameShape(updates.callback(111, "fr", 1, "j:1"), "callback-query.json");
    }

    /** The same fields at the same places (values aside); {@code update_id} is given by {@code enqueue}. */
    private static void assertSameShape(JsonNode built, String fixture) throws IOException {
        JsonNode real;
        try (InputStream in = FakeTelegramUpdatesTest.class.getResourceAsStream("/fake/" + fixture)) {
            real = new ObjectMapper().readTree(in);
        }
        Set<String> expected = paths(real, "");
        expected.remove("/update_id");
        assertThat(paths(built, "")).as(fixture).isEqualTo(expected);
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                paths.add(prefix + "/" + field.getKey());
                paths.addAll(paths(field.getValue(), prefix + "/" + field.getKey()));
            });
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(paths(element, prefix + "[]")));
        }
        return paths;
    }
}
