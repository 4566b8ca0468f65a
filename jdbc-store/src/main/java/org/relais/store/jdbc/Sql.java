package org.relais.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relais.core.port.StoreConflictException;
import org.relais.core.port.StoreException;

/**
 * The statements of one transaction, and what every repository needs around JDBC: turning a
 * {@link SQLException} into the port's exceptions (so the engine knows whether running the event
 * again can help), and writing instants the same way on H2 and PostgreSQL.
 */
final class Sql {

    /**
     * Failures after which running the whole transaction again is safe and may succeed: a unique key
     * inserted by a concurrent transaction (23505), a serialization failure or an H2 deadlock (40001),
     * a PostgreSQL deadlock (40P01), a lock wait that timed out (PostgreSQL 55P03, H2 HYT00) and H2's
     * "concurrent update" (90131).
     */
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "55P03", "HYT00", "90131");

    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    /**
     * Runs an INSERT, UPDATE or DELETE. {@code what} names it in an error message; an {@link Instant}
     * parameter is written as a UTC timestamp.
     *
     * @return how many rows it changed
     */
    int update(String what, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /** Runs an INSERT into a table whose {@code id} the database generates; returns that id. */
    long insert(String what, String sql, Object... parameters) {
        try (PreparedStatement statement = bind(connection.prepareStatement(sql, new String[] {"id"}), parameters)) {
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException(what + " failed: the database gave no id", null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    <T> List<T> query(String what, String sql, Row<T> reader, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rows.next()) {
                out.add(reader.read(rows));
            }
            return out;
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        return bind(connection.prepareStatement(sql), parameters);
    }


    private PreparedStatement bind(PreparedStatement statement, Object... parameters) throws SQLException {
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof Instant at ? utc(at) : parameter);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** {@link StoreConflictException} when running the transaction again may help, else {@link StoreException}. */
    static RuntimeException translate(String what, SQLException e) {
        String state = e.getSQLState() == null ? "none" : e.getSQLState();
        String message = what + " failed (SQLState " + state + "): " + e.getMessage();
        return RETRYABLE.contains(state) ? new StoreConflictException(message, e) : new StoreException(message, e);
    }

    /** A TIMESTAMP WITH TIME ZONE parameter: UTC, to the microsecond (what both databases keep). */
    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
