package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.relais.core.testing.loopback.Waits;

/**
 * The chats: their types, their message ids (one sequence per chat, shared by the bot's and the users' messages, as
 * in a private chat on Telegram) and the messages the bot sent, rendered as Bot API {@code Message} objects.
 */
final class ChatStore {

    /** A sent message, the entities of its text or caption, and when it was last edited (epoch s, 0 if never). */
    record Stored(SentMessage message, List<ObjectNode> entities, long editDate) {
    }

    private final ObjectNode bot;
    private final Map<Long, String> types = new HashMap<>();
    private final Map<Long, Integer> lastIds = new HashMap<>();
    private final Map<Long, Map<Integer, Stored>> sent = new HashMap<>();
    private final java.util.Set<Long> removedFrom = new java.util.HashSet<>();
    private final Map<List<Long>, byte[]> photos = new HashMap<>();

    ChatStore(ObjectNode bot) {
        this.bot = bot;
    }

    synchronized void declare(long chatId, String type) {
        types.put(chatId, type);
    }

    /** The bot was removed from the chat (or blocked by the person): messages there are refused with a 403. */
    synchronized void removeBot(long chatId) {
        removedFrom.add(chatId);
    }

    /** Refuses a message to a chat the bot was removed from, as Telegram does. */
    synchronized void checkBotIsIn(long chatId) {
        if (removedFrom.contains(chatId)) {
            throw ApiError.injected(403, isGroup(chatId) ? "Forbidden: bot was kicked from the group chat"
                    : "Forbidden: bot was blocked by the user", null);
        }
    }

    /** The chat's type: as declared, else {@code private} for a positive id, else a (super)group. */
    synchronized String type(long chatId) {
        String declared = types.get(chatId);
        if (declared != null) {
            return declared;
        }
        return chatId > 0 ? "private" : Long.toString(chatId).startsWith("-100") ? "supergroup" : "group";
    }

    boolean isGroup(long chatId) {
        return !type(chatId).equals("private");
    }

    synchronized int nextMessageId(long chatId) {
        return lastIds.merge(chatId, 1, Integer::sum);
    }

    synchronized void put(Stored stored) {
        SentMessage message = stored.message();
        sent.computeIfAbsent(message.chatId(), id -> new LinkedHashMap<>()).put(message.messageId(), stored);
        notifyAll();
    }

    /** Keeps the bytes of a photo the bot uploaded. */
    synchronized void putPhoto(long chatId, int messageId, byte[] bytes) {
        photos.put(List.of(chatId, (long) messageId), bytes.clone());
    }

    /** The bytes of an uploaded photo, or null (no such message, or a photo sent by file id or URL). */
    synchronized byte[] photo(long chatId, int messageId) {
        byte[] bytes = photos.get(List.of(chatId, (long) messageId));
        return bytes == null ? null : bytes.clone();
    }

    synchronized Stored find(long chatId, int messageId) {
        return sent.getOrDefault(chatId, Map.of()).get(messageId);
    }

    synchronized List<SentMessage> messages(long chatId) {
        return sent.getOrDefault(chatId, Map.of()).values().stream().map(Stored::message).toList();
    }

    synchronized Optional<SentMessage> last(long chatId) {
        List<SentMessage> messages = messages(chatId);
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    SentMessage await(long chatId, Predicate<String> body, Duration timeout) {
        return Waits.until(this,
                () -> messages(chatId).stream().filter(m -> body.test(m.body())).findFirst().orElse(null), timeout,
                () -> "no matching message in chat " + chatId + " within " + timeout + "; messages: "
                        + messages(chatId).stream().map(SentMessage::body).toList());
    }

    ObjectNode bot() {
        return bot.deepCopy();
    }

    /** A Bot API {@code Chat}: {@code id}, {@code type}, and {@code first_name} or {@code title}. */
    ObjectNode chatJson(long chatId) {
        ObjectNode chat = Params.JSON.createObjectNode().put("id", chatId);
        String type = type(chatId);
        chat.put("type", type);
        if (type.equals("private")) {
            chat.put("first_name", userName(chatId));
        } else {
            chat.put("title", "Test " + type + " " + chatId);
        }
        return chat;
    }

    /** A Bot API {@code User} for a (human) user. */
    static ObjectNode userJson(long userId, String languageCode) {
        ObjectNode user = Params.JSON.createObjectNode().put("id", userId).put("is_bot", false)
                .put("first_name", userName(userId));
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    private static String userName(long userId) {
        return "User" + userId;
    }

    /** The Bot API {@code Message} of a sent message, as Telegram answers it. */
    ObjectNode messageJson(Stored stored) {
        SentMessage message = stored.message();
        ObjectNode json = Params.JSON.createObjectNode().put("message_id", message.messageId());
        json.set("from", bot());
        json.set("chat", chatJson(message.chatId()));
        json.put("date", message.date().getEpochSecond());
        if (stored.editDate() > 0) {
            json.put("edit_date", stored.editDate());
        }
        if (message.isPhoto()) {
            ArrayNode sizes = json.putArray("photo");
            String fileId = "AgACAgQAAxkDAAI" + message.chatId() + "_" + message.messageId();
            for (int side : new int[] {90, 320, 800}) {
                sizes.addObject().put("file_id", fileId + "_" + side).put("file_unique_id", "AQAD" + side)
                        .put("file_size", Math.max(1, message.photoBytes() * side / 800)).put("width", side)
                        .put("height", side * 3 / 4);
            }
            if (!message.plainText().isEmpty()) {
                json.put("caption", message.plainText());
                putEntities(json, "caption_entities", stored.entities());
            }
        } else {
            json.put("text", message.plainText());
            putEntities(json, "entities", stored.entities());
        }
        JsonNode markup = message.replyMarkup();
        if (markup != null && markup.has("inline_keyboard")) {
            json.set("reply_markup", markup.deepCopy());
        }
        return json;
    }

    private static void putEntities(ObjectNode json, String field, List<ObjectNode> entities) {
        if (!entities.isEmpty()) {
            ArrayNode array = json.putArray(field);
            entities.forEach(entity -> array.add(entity.deepCopy()));
        }
    }
}
