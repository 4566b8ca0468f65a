package org.relais.store.jdbc;

import java.time.Instant;
import org.relais.core.port.DeliveryLog;

/**
 * Delivery ids in table {@code processed_delivery}. Checked before the insert, so a re-delivery fails
 * no statement; two transactions inserting the same id at once collide on the primary key and the
 * loser gets a conflict, after which the engine runs it again and finds the id.
 */
final class JdbcDeliveries implements DeliveryLog {
    private final Sql sql;

    JdbcDeliveries(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean markProcessed(String platform, String deliveryId, Instant at) {
        boolean seen = !sql.query("checking a delivery id",
                "SELECT 1 FROM processed_delivery WHERE platform = ? AND delivery_id = ?",
                row -> true, platform, deliveryId).isEmpty();
        return !seen && sql.update("recording a delivery id",
                "INSERT INTO processed_delivery (platform, delivery_id, processed_at) VALUES (?, ?, ?)",
                platform, deliveryId, at) == 1;
    }

    @Override
    public int purgeBefore(Instant before) {
        return sql.update("purging delivery ids", "DELETE FROM processed_delivery WHERE processed_at < ?", before);
    }
}
