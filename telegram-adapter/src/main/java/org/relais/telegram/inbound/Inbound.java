package org.relais.telegram.inbound;

import java.util.Optional;
import org.relais.core.chat.Event;

/**
 * An update as Relais reads it: the engine's event, if there is one to handle, and where to answer.
 * A callback query always has a reach, even with no event, because it must be acknowledged.
 */
public record Inbound(Optional<Event> event, Reach reach) {}
