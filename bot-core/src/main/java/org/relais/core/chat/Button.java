package org.relais.core.chat;

/** A button under a reply. */
public sealed interface Button {

    String label();

    /** Presses come back as {@link Event.ButtonPressed} with this payload (at most 64 bytes). */
    record Choice(String label, String payload) implements Button {}

    /** Opens a URL ({@code https:} only: it must work as a Telegram URL button). */
    record Link(String label, String url) implements Button {}

    /**
     * Opens a private conversation with the bot, started with this payload (a Telegram deep link
     * {@code t.me/<bot>?start=<payload>}; on Slack, the app's direct messages). The payload is at most
     * 64 of {@code [A-Za-z0-9_-]}, as Telegram's deep links allow.
     */
    record Start(String label, String payload) implements Button {
        public Start {
            if (!payload.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalArgumentException("a start payload is 1-64 of [A-Za-z0-9_-]: " + payload);
            }
        }
    }
}
