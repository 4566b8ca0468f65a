package org.relais.store.jdbc;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.relais.core.port.ChatDirectory;
import org.relais.core.port.ChatMembership;

/**
 * Chats in table {@code bot_chat}: update the row, insert it when there was none (a concurrent
 * insert surfaces as a conflict, and the engine runs the event again).
 */
final class JdbcChats implements ChatDirectory {
    private static final String COLUMNS = "platform, chat_id, chat_type, title, status, updated_at";

    private final Sql sql;

    JdbcChats(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(ChatMembership m) {
        int updated = sql.update("recording a chat",
                "UPDATE bot_chat SET chat_type = ?, title = ?, status = ?, updated_at = ? WHERE platform = ? AND chat_id = ?",
                m.chatType(), m.title(), m.status(), m.updatedAt(), m.platform(), m.chatId());
        if (updated == 0) {
            sql.update("recording a chat", "INSERT INTO bot_chat (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                    m.platform(), m.chatId(), m.chatType(), m.title(), m.status(), m.updatedAt());
        }
    }

    @Override
    public Optional<ChatMembership> find(String platform, String chatId) {
        return sql.query("reading a chat", "SELECT " + COLUMNS + " FROM bot_chat WHERE platform = ? AND chat_id = ?",
                JdbcChats::read, platform, chatId).stream().findFirst();
    }

    /** Sorted here rather than in SQL, so every database gives the same order. */
    @Override
    public List<ChatMembership> all(String platform) {
        return sql.query("reading chats", "SELECT " + COLUMNS + " FROM bot_chat WHERE platform = ?", JdbcChats::read, platform)
                .stream()
                .sorted(Comparator.comparing(ChatMembership::chatId))
                .toList();
    }

    private static ChatMembership read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new ChatMembership(row.getString("platform"), row.getString("chat_id"), row.getString("chat_type"),
                row.getString("title"), row.getString("status"), Sql.instant(row, "updated_at").orElseThrow());
    }
}
