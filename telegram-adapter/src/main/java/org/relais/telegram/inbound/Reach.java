package org.relais.telegram.inbound;

import java.util.Optional;
import org.relais.telegram.send.Destination;

/**
 * Where and how to answer an update: the chat, the callback query to acknowledge, the message whose
 * button was pressed when it can still be edited (Telegram marks old ones inaccessible), and in a
 * group the request to answer as a reply, in its forum topic if it has one.
 */
public record Reach(Destination destination, Optional<String> callbackQueryId, Optional<Pressed> pressed,
        Optional<Integer> replyTo, Optional<Integer> threadId) {

    /**
     * The message a button was on, as Telegram sent it with the callback query.
     *
     * @param text its text as shown (entities parsed), to tell whether an edit changes the text or
     *     only the keyboard
     */
    public record Pressed(int messageId, String text) {}

    public Reach(Destination destination, Optional<String> callbackQueryId, Optional<Pressed> pressed) {
        this(destination, callbackQueryId, pressed, Optional.empty(), Optional.empty());
    }

    /** The same place, for the messages after the first: one reply to a request is enough. */
    public Reach withoutReply() {
        return replyTo.isEmpty() ? this : new Reach(destination, callbackQueryId, pressed, Optional.empty(), threadId);
    }
}
