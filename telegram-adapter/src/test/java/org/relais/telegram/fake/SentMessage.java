package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message the bot sent, in its current state (after any edits).
 *
 * @param chatId the chat
 * @param messageId its id in the chat (ids grow per chat, shared with the users' messages built by {@link Updates})
 * @param text the text as sent (with its HTML, if any); null for a photo
 * @param parseMode the {@code parse_mode}, or null
 * @param plainText what the user sees: the text (or caption) after entity parsing
 * @param replyMarkup the {@code reply_markup} as JSON, or null
 * @param caption the caption as sent, for a photo; else null
 * @param photoBytes the size of the uploaded photo, for a photo sent as a file; else 0
 * @param date when it was sent
 * @param edits how many times it was edited
 */
public record SentMessage(long chatId, int messageId, String text, String parseMode, String plainText,
        JsonNode replyMarkup, String caption, long photoBytes, Instant date, int edits) {

    /** Whether this is a photo (sent with {@code sendPhoto}). */
    public boolean isPhoto() {
        return text == null;
    }

    /** The text, or the caption of a photo (as sent). */
    public String body() {
        return text != null ? text : caption;
    }

    /** The {@code callback_data} of every inline button, row by row. */
    public List<String> callbackData() {
        List<String> data = new ArrayList<>();
        if (replyMarkup != null) {
            replyMarkup.path("inline_keyboard").forEach(row -> row.forEach(button -> {
                if (button.hasNonNull("callback_data")) {
                    data.add(button.get("callback_data").asText());
                }
            }));
        }
        return data;
    }
}
