package org.relais.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.relais.core.port.Store;
import org.relais.core.port.StoreException;
import org.relais.core.port.Tx;

/**
 * The bot's store on a relational database: H2 embedded in a file (the default, one process) or
 * PostgreSQL (several instances sharing it). The same tables and SQL serve both, so an operator can
 * start on H2 and move to PostgreSQL without another code path.
 *
 * <p>Each {@link #inTransaction} borrows a pooled connection (HikariCP) in READ COMMITTED with
 * auto-commit off, commits when the work returns and rolls back when it throws. Concurrent writers of
 * the same rows get a {@link org.relais.core.port.StoreConflictException} (stale version, duplicate
 * key, deadlock): nothing of the transaction remains, and the engine runs the event again.
 */
public final class JdbcStore implements Store, AutoCloseable {
    private final HikariDataSource pool;
    private final JdbcSettings settings;

    private JdbcStore(HikariDataSource pool, JdbcSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    /**
     * Connects, brings the schema up to date (Flyway, {@code classpath:db/migration}) and answers a
     * store ready to use. An embedded H2 file URL is made durable first (see {@link H2Files}).
     *
     * @throws StoreException if the database cannot be reached, is used by another process (H2), or
     *     cannot be migrated; the message says which, without the password
     */
    @SuppressWarnings("try") // the probe is held open, not used
    public static JdbcStore open(JdbcSettings requested) {
        JdbcSettings settings = requested.withUrl(H2Files.durable(requested.url()));
        // A first connection of our own: a database in use or unreachable fails here, with our message,
        // rather than inside the pool (which would log the driver's message itself). Held while the pool
        // starts, so that H2 does not close and reopen the file in between.
        try (Connection probe = DriverManager.getConnection(settings.url(), credentials(settings))) {
            return migrated(settings);
        } catch (SQLException | RuntimeException e) {
            throw Failures.opening(settings, e);
        }
    }

    private static JdbcStore migrated(JdbcSettings settings) {
        HikariDataSource pool = new HikariDataSource(poolConfig(settings));
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new JdbcStore(pool, settings);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static Properties credentials(JdbcSettings settings) {
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        return properties;
    }

    private static HikariConfig poolConfig(JdbcSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relais-store");
        config.setJdbcUrl(settings.url());
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setConnectionTimeout(10_000);
        return config;
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> work) {
        Objects.requireNonNull(work, "work");
        try (Connection connection = pool.getConnection()) {
            return commitOrRollBack(connection, work);
        } catch (SQLException e) {
            throw Failures.running(settings, "a transaction", e);
        }
    }

    private static <T> T commitOrRollBack(Connection connection, Function<Tx, T> work) throws SQLException {
        try {
            T result = work.apply(new JdbcTx(connection));
            connection.commit();
            return result;
        } catch (Throwable failure) {
            try {
                connection.rollback();
            } catch (SQLException | RuntimeException rollback) {
                failure.addSuppressed(rollback);
            }
            throw failure;
        }
    }

    /** Closes the pool; an embedded H2 database is then closed and fully written. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "JdbcStore[" + settings.safeUrl() + "]";
    }
}
