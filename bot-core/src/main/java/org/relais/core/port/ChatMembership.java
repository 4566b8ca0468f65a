package org.relais.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * The bot's place in one chat, as the platform last told it: a group it was added to, a channel it
 * administers, a private chat whose person blocked it. Coordinators subscribe such chats to
 * broadcasts; a chat the bot left is not sent anything.
 */
public record ChatMembership(String platform, String chatId, String chatType, String title, String status, Instant updatedAt) {
    public ChatMembership {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(chatType, "chatType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Still in the chat: a member or an administrator (or creator, restricted member). */
    public boolean present() {
        return !status.equals("left") && !status.equals("kicked") && !status.equals("blocked");
    }
}
