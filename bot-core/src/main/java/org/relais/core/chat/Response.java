package org.relais.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * All the engine says back to one event.
 *
 * @param notice a short line for the platform's button acknowledgement (a Telegram callback
 *     answer), also shown by the terminal; never the only place something important is said
 */
public record Response(List<Reply> replies, Optional<String> notice) {

    public static final Response NONE = new Response(List.of(), Optional.empty());

    public Response {
        replies = List.copyOf(replies);
    }

    public boolean isEmpty() {
        return replies.isEmpty() && notice.isEmpty();
    }
}
