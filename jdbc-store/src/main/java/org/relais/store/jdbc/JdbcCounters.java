package org.relais.store.jdbc;

import org.relais.core.port.Counters;

/**
 * Counters in table {@code counter}. The UPDATE increments in the database, so concurrent instances
 * never lose an increment; the row lock it takes makes the value read after it this transaction's.
 */
final class JdbcCounters implements Counters {
    private final Sql sql;

    JdbcCounters(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long next(String name) {
        int updated = sql.update("incrementing a counter",
                "UPDATE counter SET current_value = current_value + 1 WHERE name = ?", name);
        if (updated == 0) {
            sql.update("creating a counter", "INSERT INTO counter (name, current_value) VALUES (?, 1)", name);
            return 1;
        }
        return sql.query("reading a counter", "SELECT current_value FROM counter WHERE name = ?",
                row -> row.getLong(1), name).get(0);
    }
}
