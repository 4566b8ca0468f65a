package org.relais.telegram.inbound;

import java.util.Optional;
import org.relais.telegram.send.Destination;

/**
 * Where and how to answer an update: the chat, the callback query to acknowledge, and the message
 * whose button was pressed, when it can still be edited (Telegram marks old ones inaccessible).
 */
public record Reach(Destination destination, Optional<String> callbackQueryId, Optional<Integer> editableMessageId) {}
