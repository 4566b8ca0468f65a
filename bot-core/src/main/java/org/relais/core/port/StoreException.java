package org.relais.core.port;

/** The store failed (database down, disk full). Not the user's fault; nothing was committed. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
