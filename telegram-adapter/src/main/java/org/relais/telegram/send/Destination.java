package org.relais.telegram.send;

import java.util.Locale;
import org.relais.core.send.Lane;
import org.relais.core.send.Traffic;
import org.relais.telegram.ChatKind;

/**
 * Where a call goes: the chat, whose limits depend on its kind, and what the call is there
 * ({@link Traffic}): an answer to someone who wrote (the chat's pace, not the bulk rate), an edit
 * (the chat's order only), a bulk message (a broadcast: the bulk rate too), or a call that is not a
 * message (a callback answer: no limit but the retries).
 */
public record Destination(String chatId, ChatKind kind, Traffic traffic) {

    /** An answer to the chat. */
    public Destination(String chatId, ChatKind kind) {
        this(chatId, kind, Traffic.ANSWER);
    }

    /** A call that is not a message; {@code key} keeps it apart from other such calls (no ordering). */
    public static Destination unpaced(String key) {
        return new Destination(key, ChatKind.PRIVATE, Traffic.UNPACED);
    }

    /** The same chat, another kind of call. */
    public Destination as(Traffic other) {
        return new Destination(chatId, kind, other);
    }

    /** The sender's lane for this chat: groups and channels keep the per-minute window, private chats do not. */
    Lane lane() {
        return new Lane(chatId, kind.name().toLowerCase(Locale.ROOT), kind != ChatKind.PRIVATE, traffic);
    }

    /** The destination a lane of {@link #lane()} was made from (what {@code onBlocked} reports). */
    static Destination of(Lane lane) {
        return new Destination(lane.key(), ChatKind.valueOf(lane.kind().toUpperCase(Locale.ROOT)), lane.traffic());
    }
}
