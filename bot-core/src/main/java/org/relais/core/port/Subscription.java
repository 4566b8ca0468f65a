package org.relais.core.port;

import java.time.Instant;
import java.util.Objects;
import org.relais.core.chat.ConversationKey;

/** A chat that receives broadcasts, and the coordinator who subscribed it. */
public record Subscription(String platform, String chatId, ConversationKey by, Instant since) {
    public Subscription {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(since, "since");
    }
}
