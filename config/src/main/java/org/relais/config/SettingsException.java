package org.relais.config;

/** A setting is missing, malformed or contradicts another: one line that names it and what is allowed. */
public final class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }
}
