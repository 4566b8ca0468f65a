package org.relais.core.send;

import java.util.Objects;

/**
 * Where a call goes, as far as pacing cares: the lane it queues in, which of the {@link PaceLimits}
 * that lane keeps, and what kind of call it is ({@link Traffic}). Calls of one lane go out in
 * submission order, one at a time, so a retried call keeps its place and a conversation's messages
 * never overtake one another.
 *
 * <p>A lane's chat limits are those of the call that opened it: while a key has calls queued, or its
 * limits are still recovering, later calls with the same key share that lane as it is (its traffic is
 * each call's own). A platform gives each kind of destination its own key space (Telegram: chat ids;
 * callback answers {@code callback:<id>}), so that this never matters.
 *
 * @param key the lane: a chat or channel id
 * @param kind a free label for the platform's own use (Telegram: "private", "group", "channel"); the
 *     sender only hands it back, to {@code onBlocked}
 * @param windowed true when the per-window limit applies too ({@link PaceLimits#windowedLimit()} in any
 *     {@link PaceLimits#window()}; Telegram: groups and channels, 20 a minute)
 * @param traffic what this call is: an answer, an edit, a bulk message, or not a message
 */
public record Lane(String key, String kind, boolean windowed, Traffic traffic) {

    public Lane {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(traffic, "traffic");
    }

    /** An answer to the chat. */
    public Lane(String key, String kind, boolean windowed) {
        this(key, kind, windowed, Traffic.ANSWER);
    }

    /** A call that is not a message; {@code key} keeps it apart from other such calls (no ordering). */
    public static Lane unpaced(String key) {
        return new Lane(key, "", false, Traffic.UNPACED);
    }

    /** The same chat, another kind of call. */
    public Lane as(Traffic other) {
        return new Lane(key, kind, windowed, other);
    }

    /** False for calls that are not messages. */
    public boolean paced() {
        return traffic.paced();
    }
}
