package org.relais.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.CoordinatorRoster;
import org.relais.core.port.RoleChange;

/** The roster in table {@code coordinator_change}: appended to, never updated; the latest row per person decides. */
final class JdbcCoordinators implements CoordinatorRoster {
    private static final String COLUMNS = "platform, user_id, by_platform, by_user, granted, changed_at";

    private final Sql sql;

    JdbcCoordinators(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void change(RoleChange change) {
        sql.update("recording a coordinator change", "INSERT INTO coordinator_change (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                change.whom().platform(), change.whom().userId(), change.by().platform(), change.by().userId(),
                change.granted(), change.at());
    }

    @Override
    public boolean isGranted(ConversationKey person) {
        return sql.query("reading a coordinator", "SELECT granted FROM coordinator_change WHERE platform = ? AND user_id = ?"
                        + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", row -> row.getBoolean("granted"),
                person.platform(), person.userId()).stream().findFirst().orElse(false);
    }

    /** The latest change of each person, picked here: the same code on every database. */
    @Override
    public List<ConversationKey> granted() {
        Map<ConversationKey, Boolean> latest = new LinkedHashMap<>();
        history().forEach(change -> latest.put(change.whom(), change.granted()));
        return latest.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(ConversationKey::platform).thenComparing(ConversationKey::userId)).toList();
    }

    @Override
    public List<RoleChange> history() {
        return sql.query("reading coordinator changes", "SELECT " + COLUMNS + " FROM coordinator_change ORDER BY id",
                JdbcCoordinators::read);
    }

    private static RoleChange read(ResultSet row) throws SQLException {
        return new RoleChange(new ConversationKey(row.getString("platform"), row.getString("user_id")),
                new ConversationKey(row.getString("by_platform"), row.getString("by_user")), row.getBoolean("granted"),
                Sql.instant(row, "changed_at").orElseThrow());
    }
}
