package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds updates shaped exactly like Telegram's, for {@link FakeTelegram#enqueue(com.fasterxml.jackson.databind.JsonNode)}.
 * Obtained from {@link FakeTelegram#updates()}: the users' messages take their {@code message_id}s from the chat's
 * sequence (shared with the bot's messages), and a callback carries the message as the fake stored it. The
 * {@code update_id} is left out: {@code enqueue} gives the next one.
 */
public final class Updates {

    /** The user who adds the bot to a group or changes its rights, unless one is given. */
    public static final long DEFAULT_ADMIN_ID = 100;

    private final ChatStore chats;
    private final ObjectNode bot;
    private final AtomicLong callbackIds = new AtomicLong(4_382_000_000_000_000_000L);

    Updates(ChatStore chats) {
        this.chats = chats;
        this.bot = chats.bot();
    }

    /** A Bot API {@code MessageEntity}, for {@link #groupText}. */
    public static ObjectNode entity(String type, int offset, int length) {
        return HtmlEntityKinds.entity(type, offset, length);
    }

    /** A user's text in the private chat with the bot; a text starting with {@code /} gets a {@code bot_command}. */
    public ObjectNode privateText(long userId, String languageCode, String text) {
        return textUpdate(userId, userId, languageCode, text, new ObjectNode[0]);
    }

    /**
     * A user's text in a group (a negative id; {@code -100…} is a supergroup), with the given entities; with none, a
     * text starting with {@code /} gets a {@code bot_command}.
     */
    public ObjectNode groupText(long groupId, long userId, String text, ObjectNode... entities) {
        return textUpdate(groupId, userId, null, text, entities);
    }

    /** A press of an inline button under the bot's message {@code messageId} in the private chat with the user. */
    public ObjectNode callback(long userId, String languageCode, int messageId, String data) {
        return callback(userId, userId, languageCode, messageId, data);
    }

    /**
     * A press of an inline button under the bot's message {@code messageId} in {@code chatId}; the update carries
     * the message as it now is.
     *
     * @throws IllegalArgumentException if the bot sent no such message
     */
    public ObjectNode callback(long chatId, long userId, String languageCode, int messageId, String data) {
        ChatStore.Stored stored = chats.find(chatId, messageId);
        if (stored == null) {
            throw new IllegalArgumentException("the bot sent no message " + messageId + " to chat " + chatId);
        }
        return callbackUpdate(chatId, userId, languageCode, chats.messageJson(stored), data);
    }

    /**
     * A press of a button under a message too old for Telegram to include: an {@code InaccessibleMessage}
     * ({@code chat}, {@code message_id}, {@code date} 0), as Bot API 7 describes it.
     */
    public ObjectNode inaccessibleCallback(long userId, String languageCode, int messageId, String data) {
        ObjectNode message = Params.JSON.createObjectNode();
        message.set("chat", chats.chatJson(userId));
        message.put("message_id", messageId).put("date", 0);
        return callbackUpdate(userId, userId, languageCode, message, data);
    }

    /** The bot's own membership changed (added, promoted, removed, blocked…); a group admin made the change. */
    public ObjectNode myChatMember(long chatId, String chatType, String oldStatus, String newStatus) {
        return myChatMember(chatId, chatType, chatType.equals("private") ? chatId : DEFAULT_ADMIN_ID, oldStatus,
                newStatus);
    }

    /**
     * The bot's own membership changed in {@code chatId}, whose type is declared to the fake on the way.
     *
     * @param fromUserId the user who made the change (in a private chat: the user who blocked or restarted the bot)
     */
    public ObjectNode myChatMember(long chatId, String chatType, long fromUserId, String oldStatus, String newStatus) {
        chats.declare(chatId, chatType);
        ObjectNode change = Params.JSON.createObjectNode();
        change.set("chat", chats.chatJson(chatId));
        change.set("from", ChatStore.userJson(fromUserId, null));
        change.put("date", now());
        change.set("old_chat_member", ChatMembers.member(oldStatus, bot.deepCopy(), chatType));
        change.set("new_chat_member", ChatMembers.member(newStatus, bot.deepCopy(), chatType));
        ObjectNode update = Params.JSON.createObjectNode();
        update.set("my_chat_member", change);
        return update;
    }

    private ObjectNode textUpdate(long chatId, long userId, String languageCode, String text, ObjectNode[] entities) {
        ObjectNode message = Params.JSON.createObjectNode().put("message_id", chats.nextMessageId(chatId));
        message.set("from", ChatStore.userJson(userId, languageCode));
        message.set("chat", chats.chatJson(chatId));
        message.put("date", now()).put("text", text);
        if (entities.length > 0) {
            ArrayNode array = message.putArray("entities");
            for (ObjectNode entity : entities) {
                array.add(entity);
            }
        } else if (text.startsWith("/")) {
            int end = 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            message.putArray("entities").add(entity("bot_command", 0, end));
        }
        ObjectNode update = Params.JSON.createObjectNode();
        update.set("message", message);
        return update;
    }

    private ObjectNode callbackUpdate(long chatId, long userId, String languageCode, ObjectNode message, String data) {
        String id = Long.toString(callbackIds.incrementAndGet());
        ObjectNode query = Params.JSON.createObjectNode().put("id", id);
        query.set("from", ChatStore.userJson(userId, languageCode));
        query.set("message", message);
        query.put("chat_instance", Long.toString(chatId * 7_919L - 4_611_686_018_427_387_904L)).put("data", data);
        ObjectNode update = Params.JSON.createObjectNode();
        update.set("callback_query", query);
        return update;
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
