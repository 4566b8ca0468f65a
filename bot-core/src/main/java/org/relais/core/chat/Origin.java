package org.relais.core.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event comes from.
 *
 * @param chatId the chat to answer in (a private chat, a group, a channel, a DM)
 * @param languageHint the platform's idea of the user's language ({@code fr-CA}, {@code en}), if any
 * @param deliveryId the platform's id for this delivery ({@code update_id}, {@code event_id}): an id
 *     seen before is ignored, because platforms deliver again what they think was not received
 */
public record Origin(ConversationKey key, String chatId, Optional<String> languageHint, String deliveryId) {
    public Origin {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(languageHint, "languageHint");
        Objects.requireNonNull(deliveryId, "deliveryId");
        if (deliveryId.isEmpty() || deliveryId.length() > 128) {
            throw new IllegalArgumentException("deliveryId must be 1-128 characters");
        }
    }
}
