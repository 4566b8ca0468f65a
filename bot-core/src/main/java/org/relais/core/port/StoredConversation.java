package org.relais.core.port;

import java.time.Instant;
import java.util.Objects;
import org.relais.core.chat.ConversationKey;

/**
 * A conversation as stored: where it stands and its draft, encoded by the engine.
 *
 * @param state a stable state name (persisted: never renamed without a migration)
 * @param language the language code in use ({@code fr}, {@code en})
 * @param data the engine's encoding of the draft and preferences; opaque to stores
 * @param version 0 for a conversation never stored; stores bump it on every save and refuse a save
 *     whose version is not the stored one (optimistic locking)
 */
public record StoredConversation(
        ConversationKey key, String chatId, String state, String language, String data, long version, Instant updatedAt) {

    public StoredConversation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
