package org.relais.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * All the engine says back to one event.
 *
 * @param notice a short line for the platform's button acknowledgement (a Telegram callback
 *     answer), also shown by the terminal; never the only place something important is said
 * @param replay the platform delivered this event again and it was handled before: nothing is said,
 *     not even a button's acknowledgement, which the first handling made
 */
public record Response(List<Reply> replies, Optional<String> notice, boolean replay) {

    public static final Response NONE = new Response(List.of(), Optional.empty());
    /** The answer to an event handled before. */
    public static final Response REPLAY = new Response(List.of(), Optional.empty(), true);

    public Response {
        replies = List.copyOf(replies);
    }

    public Response(List<Reply> replies, Optional<String> notice) {
        this(replies, notice, false);
    }

    public boolean isEmpty() {
        return replies.isEmpty() && notice.isEmpty();
    }
}
