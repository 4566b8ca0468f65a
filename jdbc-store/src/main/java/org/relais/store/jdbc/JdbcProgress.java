package org.relais.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.DailyCounts;
import org.relais.core.port.Milestone;
import org.relais.core.port.MilestoneCounts;
import org.relais.core.port.MilestoneTally;
import org.relais.core.port.Progress;
import org.relais.core.port.ProgressRepository;

/**
 * Progress in table {@code progress}, one row per person and action. A milestone's column is set
 * only while empty, so it keeps its first time; the first record of an action inserts the row with
 * its start time, whichever milestone it is. Statistics read counts and times only, never who.
 */
final class JdbcProgress implements ProgressRepository {
    private static final String KEY = " WHERE platform = ? AND user_id = ? AND action_id = ?";

    private final Sql sql;

    JdbcProgress(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(ConversationKey key, String actionId, Milestone milestone, Instant at) {
        String column = column(milestone);
        int updated = sql.update("recording progress",
                "UPDATE progress SET " + column + " = COALESCE(" + column + ", ?)" + KEY,
                at, key.platform(), key.userId(), actionId);
        if (updated > 0) {
            return;
        }
        if (milestone == Milestone.STARTED) {
            sql.update("recording progress",
                    "INSERT INTO progress (platform, user_id, action_id, started_at) VALUES (?, ?, ?, ?)",
                    key.platform(), key.userId(), actionId, at);
        } else {
            sql.update("recording progress", "INSERT INTO progress (platform, user_id, action_id, started_at, "
                    + column + ") VALUES (?, ?, ?, ?, ?)", key.platform(), key.userId(), actionId, at, at);
        }
    }

    private static String column(Milestone milestone) {
        return switch (milestone) {
            case STARTED -> "started_at";
            case READY -> "ready_at";
            case POSTED -> "posted_at";
        };
    }

    /** Sorted here rather than in SQL, so that ties follow the same order on every database. */
    @Override
    public List<Progress> forUser(ConversationKey key) {
        return sql.query("reading progress",
                "SELECT action_id, started_at, ready_at, posted_at FROM progress WHERE platform = ? AND user_id = ?",
                JdbcProgress::progress, key.platform(), key.userId())
                .stream()
                .sorted(Comparator.comparing(Progress::started).thenComparing(Progress::actionId))
                .toList();
    }

    @Override
    public MilestoneCounts milestoneCounts(String actionId) {
        return sql.query("counting progress",
                "SELECT COUNT(*) AS started, COUNT(ready_at) AS ready, COUNT(posted_at) AS posted FROM progress WHERE action_id = ?",
                row -> new MilestoneCounts(row.getLong("started"), row.getLong("ready"), row.getLong("posted")),
                actionId).get(0);
    }

    /** The times only, cut into days in Java: H2 and PostgreSQL do not convert time zones alike. */
    @Override
    public List<DailyCounts> milestonesPerDay(String actionId, ZoneId zone) {
        return MilestoneTally.perDay(sql.query("reading progress times",
                "SELECT action_id, started_at, ready_at, posted_at FROM progress WHERE action_id = ?",
                JdbcProgress::progress, actionId), zone);
    }

    private static Progress progress(ResultSet row) throws SQLException {
        return new Progress(row.getString("action_id"), Sql.instant(row, "started_at").orElseThrow(),
                Sql.instant(row, "ready_at"), Sql.instant(row, "posted_at"));
    }

    @Override
    public int deleteUser(ConversationKey key) {
        return sql.update("forgetting progress", "DELETE FROM progress WHERE platform = ? AND user_id = ?",
                key.platform(), key.userId());
    }
}
