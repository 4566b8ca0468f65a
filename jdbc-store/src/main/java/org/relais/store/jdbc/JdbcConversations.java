package org.relais.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.ConversationRepository;
import org.relais.core.port.StoreConflictException;
import org.relais.core.port.StoredConversation;

/**
 * Conversations in table {@code conversation}. The version column is the optimistic lock: an update
 * names the version it read, so after a concurrent save it matches no row instead of overwriting.
 */
final class JdbcConversations implements ConversationRepository {
    private final Sql sql;

    JdbcConversations(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<StoredConversation> find(ConversationKey key) {
        return sql.query("finding a conversation",
                "SELECT chat_id, state, language, data, version, updated_at FROM conversation"
                        + " WHERE platform = ? AND user_id = ?",
                row -> read(key, row), key.platform(), key.userId()).stream().findFirst();
    }

    private static StoredConversation read(ConversationKey key, ResultSet row) throws SQLException {
        return new StoredConversation(key, row.getString("chat_id"), row.getString("state"),
                row.getString("language"), row.getString("data"), row.getLong("version"),
                Sql.instant(row, "updated_at").orElseThrow());
    }

    @Override
    public long save(StoredConversation conversation) {
        long version = conversation.version();
        boolean saved = version == 0 ? insert(conversation) : update(conversation);
        if (!saved) {
            throw new StoreConflictException("the " + conversation.key().platform()
                    + " conversation changed since version " + version);
        }
        return version + 1;
    }

    /**
     * Checks first, so that a plain stale save fails no statement (a failed statement aborts a
     * PostgreSQL transaction); an insert racing another one fails on the primary key: a conflict too.
     */
    private boolean insert(StoredConversation c) {
        return find(c.key()).isEmpty() && sql.update("inserting a conversation",
                "INSERT INTO conversation (chat_id, state, language, data, updated_at, platform, user_id, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                c.chatId(), c.state(), c.language(), c.data(), c.updatedAt(), c.key().platform(), c.key().userId()) == 1;
    }

    private boolean update(StoredConversation c) {
        return sql.update("updating a conversation",
                "UPDATE conversation SET chat_id = ?, state = ?, language = ?, data = ?, updated_at = ?,"
                        + " version = version + 1 WHERE platform = ? AND user_id = ? AND version = ?",
                c.chatId(), c.state(), c.language(), c.data(), c.updatedAt(), c.key().platform(), c.key().userId(),
                c.version()) == 1;
    }

    @Override
    public boolean delete(ConversationKey key) {
        return sql.update("deleting a conversation", "DELETE FROM conversation WHERE platform = ? AND user_id = ?",
                key.platform(), key.userId()) > 0;
    }
}
