package org.relais.core.port;

/**
 * Another transaction changed the same data first (a stale conversation version, a unique key
 * inserted twice at once). Nothing was written; running the event again is safe.
 */
public class StoreConflictException extends RuntimeException {
    public StoreConflictException(String message) {
        super(message);
    }

    public StoreConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
