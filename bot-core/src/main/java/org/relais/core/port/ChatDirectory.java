package org.relais.core.port;

import java.util.List;
import java.util.Optional;

/** The chats the bot is, or was, in: one row per (platform, chat), the latest news winning. */
public interface ChatDirectory {

    /** Records the chat's latest state (inserted, or replacing the previous one). */
    void record(ChatMembership membership);

    Optional<ChatMembership> find(String platform, String chatId);

    /** Every chat known on a platform, ordered by chat id. */
    List<ChatMembership> all(String platform);
}
