package org.relais.store.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.relais.core.port.StoreConflictException;
import org.relais.core.port.StoreException;

/**
 * Turns what went wrong with the connection into the port's exceptions, saying what to do, and
 * never carrying a secret: a message that holds the password (some drivers and Flyway quote the URL)
 * is masked, and such a cause is replaced by a masked copy of its chain.
 */
final class Failures {
    /** H2: "Database may be already in use": another process holds the file. */
    private static final int H2_DATABASE_IN_USE = 90020;

    private Failures() {}

    static StoreException opening(JdbcSettings settings, Throwable failure) {
        Optional<SQLException> sql = firstSqlException(failure);
        if (sql.isPresent() && sql.get().getErrorCode() == H2_DATABASE_IN_USE) {
            return new StoreException("The database " + settings.safeUrl() + " is in use by another process:"
                    + " an H2 file database opens in one process only. Stop the other instance, or share a"
                    + " PostgreSQL database between instances.", safeCause(settings, failure));
        }
        String reason = sql.map(e -> "(SQLState " + e.getSQLState() + ") " + e.getMessage())
                .orElseGet(failure::getMessage);
        return new StoreException("Cannot open the database " + settings.safeUrl() + ": " + settings.scrub(reason),
                safeCause(settings, failure));
    }

    /** A failure to get a connection, commit or roll back; {@code what} names the step. */
    static RuntimeException running(JdbcSettings settings, String what, SQLException failure) {
        RuntimeException translated = Sql.translate(what, failure);
        String message = settings.scrub(translated.getMessage());
        Throwable cause = safeCause(settings, failure);
        if (message.equals(translated.getMessage()) && cause == failure) {
            return translated;
        }
        return translated instanceof StoreConflictException
                ? new StoreConflictException(message, cause)
                : new StoreException(message, cause);
    }

    private static Optional<SQLException> firstSqlException(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Throwable safeCause(JdbcSettings settings, Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (settings.revealsSecrets(t.getMessage())) {
                return new Masked(failure, settings, 0);
            }
        }
        return failure;
    }

    /** A copy of an exception chain whose messages had a secret: class names, masked messages, traces. */
    static final class Masked extends Exception {
        private static final int DEPTH = 16;

        Masked(Throwable original, JdbcSettings settings, int depth) {
            super(original.getClass().getName() + ": " + settings.scrub(original.getMessage()),
                    original.getCause() == null || original.getCause() == original || depth >= DEPTH
                            ? null : new Masked(original.getCause(), settings, depth + 1));
            setStackTrace(original.getStackTrace());
        }
    }
}
