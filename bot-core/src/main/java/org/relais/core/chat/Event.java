package org.relais.core.chat;

import java.util.Optional;

/** What a person did, as every platform can say it. Adapters translate their updates into these. */
public sealed interface Event {

    Origin origin();

    /** The conversation was opened ({@code /start}), maybe from a deep link carrying a payload. */
    record Started(Origin origin, Optional<String> payload) implements Event {}

    /** Free text. */
    record Text(Origin origin, String text) implements Event {}

    /** A button with a short payload (see {@code Payload}) was pressed. */
    record ButtonPressed(Origin origin, String payload) implements Event {}

    /** A command, without its slash and lower-cased ({@code annuler}), with the rest of the line. */
    record Command(Origin origin, String name, String args) implements Event {}
}
