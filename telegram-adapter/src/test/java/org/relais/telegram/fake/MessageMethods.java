package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** {@code sendMessage}, {@code sendPhoto}, the two edits and {@code answerCallbackQuery}. */
final class MessageMethods {

    private static final String MARKUP_UNPARSABLE = "can't parse reply keyboard markup JSON object";

    private final ChatStore chats;
    private final Set<String> openCallbacks = new LinkedHashSet<>();
    private final boolean strictAmpersand;

    MessageMethods(ChatStore chats, boolean strictAmpersand) {
        this.chats = chats;
        this.strictAmpersand = strictAmpersand;
    }

    JsonNode sendMessage(Params params) {
        long chatId = params.chatId();
        chats.checkBotIsIn(chatId);
        JsonNode markup = markup(params);
        HtmlEntities.Parsed text = MessageChecks.text(params.string("text"), params.string("parse_mode"),
                strictAmpersand);
        MessageChecks.keyboardContent(markup);
        SentMessage message = new SentMessage(chatId, chats.nextMessageId(chatId), params.string("text"),
                params.string("parse_mode"), text.text(), markup, null, 0, now(), 0);
        return store(new ChatStore.Stored(message, text.entities(), 0));
    }

    JsonNode sendPhoto(Params params) {
        long chatId = params.chatId();
        if (!params.has("photo")) {
            throw ApiError.badRequest("there is no photo in the request");
        }
        JsonNode photo = params.asJson().get("photo");
        String part = "photo";
        if (photo.isTextual() && photo.asText().startsWith("attach://")) {
            part = photo.asText().substring(9);
            photo = params.asJson().path(part); // a file part named by the reference
            if (!photo.isObject()) {
                throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
            }
        }
        byte[] upload = photo.isObject() ? params.file(part) : null;
        if (upload != null) {
            PhotoChecks.upload(upload);
        }
        long bytes = photo.isObject() ? photo.path("bytes").asLong() : 0;
        JsonNode markup = markup(params);
        HtmlEntities.Parsed caption = MessageChecks.caption(params.string("caption"), params.string("parse_mode"),
                strictAmpersand);
        MessageChecks.keyboardContent(markup);
        SentMessage message = new SentMessage(chatId, chats.nextMessageId(chatId), null, params.string("parse_mode"),
                caption.text(), markup, params.string("caption"), bytes, now(), 0);
        if (upload != null) {
            chats.putPhoto(chatId, message.messageId(), upload);
        }
        return store(new ChatStore.Stored(message, caption.entities(), 0));
    }

    JsonNode editMessageText(Params params) {
        long chatId = params.chatId();
        int messageId = messageId(params);
        JsonNode markup = markup(params);
        HtmlEntities.Parsed text = MessageChecks.text(params.string("text"), params.string("parse_mode"),
                strictAmpersand);
        ChatStore.Stored current = existing(chatId, messageId);
        if (current.message().isPhoto()) {
            throw ApiError.badRequest("there is no text in the message to edit");
        }
        MessageChecks.keyboardContent(markup);
        SentMessage old = current.message();
        if (old.plainText().equals(text.text()) && current.entities().equals(text.entities())
                && sameMarkup(old.replyMarkup(), markup)) {
            throw notModified();
        }
        SentMessage edited = new SentMessage(chatId, messageId, params.string("text"), params.string("parse_mode"),
                text.text(), markup, null, 0, old.date(), old.edits() + 1);
        return store(new ChatStore.Stored(edited, text.entities(), now().getEpochSecond()));
    }

    JsonNode editMessageReplyMarkup(Params params) {
        long chatId = params.chatId();
        int messageId = messageId(params);
        JsonNode markup = markup(params);
        ChatStore.Stored current = existing(chatId, messageId);
        MessageChecks.keyboardContent(markup);
        SentMessage old = current.message();
        if (sameMarkup(old.replyMarkup(), markup)) {
            throw notModified();
        }
        SentMessage edited = new SentMessage(chatId, messageId, old.text(), old.parseMode(), old.plainText(), markup,
                old.caption(), old.photoBytes(), old.date(), old.edits() + 1);
        return store(new ChatStore.Stored(edited, current.entities(), now().getEpochSecond()));
    }

    JsonNode answerCallbackQuery(Params params) {
        MessageChecks.callbackAnswer(params.string("text"));
        synchronized (openCallbacks) {
            if (!openCallbacks.remove(Objects.requireNonNullElse(params.string("callback_query_id"), ""))) {
                throw ApiError.badRequest(
                        "query is too old and response timeout expired or query ID is invalid");
            }
        }
        return BooleanNode.TRUE;
    }

    /** A callback query the bot received and must answer. */
    void callbackDelivered(String callbackQueryId) {
        synchronized (openCallbacks) {
            openCallbacks.add(callbackQueryId);
        }
    }

    Set<String> unansweredCallbacks() {
        synchronized (openCallbacks) {
            return Set.copyOf(openCallbacks);
        }
    }

    private JsonNode store(ChatStore.Stored stored) {
        chats.put(stored);
        return chats.messageJson(stored);
    }

    private static JsonNode markup(Params params) {
        JsonNode markup = params.json("reply_markup", MARKUP_UNPARSABLE);
        if (markup != null && !markup.isObject()) {
            throw ApiError.badRequest(MARKUP_UNPARSABLE);
        }
        MessageChecks.keyboardShape(markup);
        return markup;
    }

    private static int messageId(Params params) {
        if (params.has("inline_message_id")) {
            throw ApiError.badRequest("message to edit not found");
        }
        Long id = params.longOrNull("message_id");
        if (id == null) {
            throw ApiError.badRequest("message identifier is not specified");
        }
        return id.intValue();
    }

    private ChatStore.Stored existing(long chatId, int messageId) {
        ChatStore.Stored stored = chats.find(chatId, messageId);
        if (stored == null) {
            throw ApiError.badRequest("message to edit not found");
        }
        return stored;
    }

    /** Whether two markups give the same inline keyboard (none and an empty one are the same). */
    private static boolean sameMarkup(JsonNode a, JsonNode b) {
        return Objects.equals(keyboard(a), keyboard(b));
    }

    private static JsonNode keyboard(JsonNode markup) {
        JsonNode rows = markup == null ? null : markup.get("inline_keyboard");
        return rows == null || rows.isEmpty() ? null : rows;
    }

    private static ApiError notModified() {
        return ApiError.badRequest("message is not modified: specified new message content and reply markup are "
                + "exactly the same as a current content and reply markup of the message");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
