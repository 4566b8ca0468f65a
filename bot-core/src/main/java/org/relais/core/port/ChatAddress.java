package org.relais.core.port;

import java.util.Objects;

/** A chat on a platform: where one delivery of a broadcast goes. */
public record ChatAddress(String platform, String chatId) {
    public ChatAddress {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
    }
}
