package org.relais.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.Subscription;
import org.relais.core.port.Subscriptions;

/**
 * Subscriptions in table {@code subscription}. Two instances subscribing the same chat at once: the
 * second insert breaks the primary key, surfaces as a conflict, and the engine runs the event again.
 */
final class JdbcSubscriptions implements Subscriptions {
    private static final String COLUMNS = "platform, chat_id, by_platform, by_user, subscribed_at";

    private final Sql sql;

    JdbcSubscriptions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean subscribe(Subscription s) {
        if (find(s.platform(), s.chatId()).isPresent()) {
            return false;
        }
        sql.update("subscribing a chat", "INSERT INTO subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                s.platform(), s.chatId(), s.by().platform(), s.by().userId(), s.since());
        return true;
    }

    @Override
    public boolean unsubscribe(String platform, String chatId) {
        return sql.update("unsubscribing a chat", "DELETE FROM subscription WHERE platform = ? AND chat_id = ?", platform, chatId) > 0;
    }

    @Override
    public Optional<Subscription> find(String platform, String chatId) {
        return sql.query("reading a subscription", "SELECT " + COLUMNS + " FROM subscription WHERE platform = ? AND chat_id = ?",
                JdbcSubscriptions::read, platform, chatId).stream().findFirst();
    }

    /** Sorted here rather than in SQL, so every database gives the same order. */
    @Override
    public List<Subscription> list() {
        return sql.query("reading subscriptions", "SELECT " + COLUMNS + " FROM subscription", JdbcSubscriptions::read).stream()
                .sorted(Comparator.comparing(Subscription::platform).thenComparing(Subscription::chatId))
                .toList();
    }

    private static Subscription read(ResultSet row) throws SQLException {
        return new Subscription(row.getString("platform"), row.getString("chat_id"),
                new ConversationKey(row.getString("by_platform"), row.getString("by_user")),
                Sql.instant(row, "subscribed_at").orElseThrow());
    }
}
