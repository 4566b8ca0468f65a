package org.relais.telegram.fake;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person's private chat with the bot under test, driven through the fake Bot API: what they type
 * or tap becomes a real update, and each step waits (boundedly) for the bot's answer to show up in
 * the chat as a sendMessage, editMessageText or editMessageReplyMarkup call.
 */
public final class TelegramChat {
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeTelegram fake;
    private final long userId;
    private final String language;
    private int lastUpdateId;

    public TelegramChat(FakeTelegram fake, long userId, String language) {
        this.fake = fake;
        this.userId = userId;
        this.language = language;
    }

    public long userId() {
        return userId;
    }

    /** Types a line and waits for an answer containing {@code expected}; answers the answer's text as sent. */
    public String send(String text, String expected) {
        return after(() -> fake.enqueue(fake.updates().privateText(userId, language, text)), expected);
    }

    /** Taps the button labelled like {@code label} on the newest message that has it, and waits. */
    public String press(String label, String expected) {
        Button button = button(label);
        return after(() -> fake.enqueue(fake.updates().callback(userId, language, button.messageId(), button.data())), expected);
    }

    /** Sends the update again, as Telegram does when it thinks it was not received. */
    public void redeliver(ObjectNode update) {
        fake.enqueue(update);
    }

    /** Enqueues an update and remembers its id. */
    public int enqueue(ObjectNode update) {
        lastUpdateId = fake.enqueue(update);
        return lastUpdateId;
    }

    public int lastUpdateId() {
        return lastUpdateId;
    }

    /** The URL of the link button labelled like {@code label} in the newest message that has one. */
    public String link(String label) {
        List<SentMessage> messages = fake.messages(userId);
        for (int i = messages.size() - 1; i >= 0; i--) {
            for (JsonNode row : messages.get(i).replyMarkup() == null ? List.<JsonNode>of() : iterable(messages.get(i).replyMarkup())) {
                for (JsonNode b : row) {
                    if (b.path("text").asText().contains(label) && b.hasNonNull("url")) {
                        return b.get("url").asText();
                    }
                }
            }
        }
        return fail("no link labelled like '" + label + "' in the chat");
    }

    /** A button as the chat shows it. */
    public record Button(int messageId, String label, String data) {}

    /** The button labelled like {@code label} on the newest message that has it, waiting for it to arrive. */
    public Button button(String label) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Button> found = find(label);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        return fail("no button labelled like '" + label + "' in the chat");
    }

    private Optional<Button> find(String label) {
        List<SentMessage> messages = fake.messages(userId);
        for (int i = messages.size() - 1; i >= 0; i--) {
            SentMessage message = messages.get(i);
            if (message.replyMarkup() == null) {
                continue;
            }
            for (JsonNode row : iterable(message.replyMarkup())) {
                for (JsonNode b : row) {
                    if (b.path("text").asText().contains(label) && b.hasNonNull("callback_data")) {
                        return Optional.of(new Button(message.messageId(), b.get("text").asText(), b.get("callback_data").asText()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> iterable(JsonNode markup) {
        List<JsonNode> rows = new ArrayList<>();
        markup.path("inline_keyboard").forEach(rows::add);
        return rows;
    }

    /** Does {@code action}, then waits for a new message or edit in this chat containing {@code expected}. */
    public String after(Runnable action, String expected) {
        int before = fake.calls().size();
        action.run();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Call> calls = fake.calls();
            for (int i = before; i < calls.size(); i++) {
                Call call = calls.get(i);
                Optional<String> text = answerText(call);
                if (text.isPresent() && folded(text.get()).contains(folded(expected))) {
                    return text.get();
                }
            }
            sleep();
        }
        return fail("no answer containing '" + expected + "' within " + WAIT + "; the chat now shows:\n"
                + String.join("\n---\n", fake.messages(userId).stream().map(SentMessage::plainText).toList()));
    }

    /** The text and the buttons of a message sent or edited in this chat (a keyboard edit keeps the text). */
    private Optional<String> answerText(Call call) {
        if (!call.ok() || call.chatId() == null || call.chatId() != userId) {
            return Optional.empty();
        }
        if (call.is("sendMessage") || call.is("editMessageText")) {
            return Optional.of(call.params().path("text").asText() + "\n" + call.params().path("reply_markup"));
        }
        if (call.is("editMessageReplyMarkup")) {
            int id = call.params().path("message_id").asInt();
            String text = fake.messages(userId).stream().filter(m -> m.messageId() == id).map(SentMessage::plainText)
                    .findFirst().orElse("");
            return Optional.of(text + "\n" + call.params().path("reply_markup"));
        }
        return Optional.empty();
    }

    /** Non-breaking spaces of French typography are compared as spaces. */
    static String folded(String text) {
        return text.replace('\u00a0', ' ');
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
