package org.relais.telegram.inbound;

import java.util.Optional;
import org.relais.telegram.send.Destination;

/**
 * Where and how to answer an update: the chat, the callback query to acknowledge, the message whose
 * button was pressed when it can still be edited (Telegram marks old ones inaccessible), and in a
 * group the request to answer as a reply, in its forum topic if it has one.
 */
public record Reach(Destination destination, Optional<String> callbackQueryId, Optional<Integer> editableMessageId,
        Optional<Integer> replyTo, Optional<Integer> threadId) {

    public Reach(Destination destination, Optional<String> callbackQueryId, Optional<Integer> editableMessageId) {
        this(destination, callbackQueryId, editableMessageId, Optional.empty(), Optional.empty());
    }

    /** The same place, for the messages after the first: one reply to a request is enough. */
    public Reach withoutReply() {
        return replyTo.isEmpty() ? this : new Reach(destination, callbackQueryId, editableMessageId, Optional.empty(), threadId);
    }
}
