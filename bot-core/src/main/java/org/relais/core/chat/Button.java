package org.relais.core.chat;

/** A button under a reply. */
public sealed interface Button {

    String label();

    /** Presses come back as {@link Event.ButtonPressed} with this payload (at most 64 bytes). */
    record Choice(String label, String payload) implements Button {}

    /** Opens a URL ({@code https:} only: it must work as a Telegram URL button). */
    record Link(String label, String url) implements Button {}
}
