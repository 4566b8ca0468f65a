package org.relais.telegram.send;

import java.util.Locale;
import org.relais.core.send.Lane;
import org.relais.telegram.ChatKind;

/**
 * Where a call goes: the chat, whose limits depend on its kind. Calls that are not messages (a
 * callback answer) go unpaced: they keep the sender's retries, but no chat's pace and no share of
 * the 30 messages a second.
 *
 * @param paced false for calls that are not messages to the chat
 */
public record Destination(String chatId, ChatKind kind, boolean paced) {

    public Destination(String chatId, ChatKind kind) {
        this(chatId, kind, true);
    }

    /** A call that is not a message; {@code key} keeps it apart from other such calls (no ordering). */
    public static Destination unpaced(String key) {
        return new Destination(key, ChatKind.PRIVATE, false);
    }

    /** The sender's lane for this chat: groups and channels keep the per-minute window, private chats do not. */
    Lane lane() {
        return new Lane(chatId, kind.name().toLowerCase(Locale.ROOT), kind != ChatKind.PRIVATE, paced);
    }

    /** The destination a lane of {@link #lane()} was made from (what {@code onBlocked} reports). */
    static Destination of(Lane lane) {
        return new Destination(lane.key(), ChatKind.valueOf(lane.kind().toUpperCase(Locale.ROOT)), lane.paced());
    }
}
