package org.relais.store.jdbc;

import java.util.Comparator;
import java.util.List;
import org.relais.core.port.Completion;
import org.relais.core.port.CompletionCount;
import org.relais.core.port.CompletionRepository;

/** Completions in table {@code completion}: one row per post, counted on demand. */
final class JdbcCompletions implements CompletionRepository {
    /** {@link String#compareTo}, the same as the in-memory store, whatever the database's collation. */
    private static final Comparator<CompletionCount> ORDER =
            Comparator.comparing(CompletionCount::target).thenComparing(CompletionCount::network);

    private final Sql sql;

    JdbcCompletions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Completion c) {
        sql.update("adding a completion", "INSERT INTO completion (action_id, target, network, posted_on) VALUES (?, ?, ?, ?)",
                c.actionId(), c.target(), c.network(), c.day());
    }

    @Override
    public List<CompletionCount> countsFor(String actionId) {
        return sql.query("counting completions",
                "SELECT target, network, COUNT(*) AS n FROM completion WHERE action_id = ? GROUP BY target, network",
                row -> new CompletionCount(row.getString("target"), row.getString("network"), row.getLong("n")),
                actionId)
                .stream().sorted(ORDER).toList();
    }
}
