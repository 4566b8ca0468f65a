package org.relais.slack.fake;

import com.google.gson.JsonArray;
import java.time.Instant;
import java.util.List;

/**
 * A message the bot posted, in its current state (after any updates).
 *
 * @param channel the channel it is in ({@code D…} for a DM)
 * @param ts its timestamp, its id in the channel
 * @param threadTs the thread it replies to, or null
 * @param text its {@code text} (the notification fallback when it has blocks), or null
 * @param blocks its blocks as stored (with the {@code block_id}s and {@code action_id}s Slack adds), empty if none
 * @param ephemeralTo for an ephemeral message, the only user who sees it; else null
 * @param date when it was posted
 * @param edits how many times it was updated
 */
public record SlackMessage(String channel, String ts, String threadTs, String text, JsonArray blocks,
        String ephemeralTo, Instant date, int edits) {

    public SlackMessage {
        blocks = blocks == null ? new JsonArray() : blocks.deepCopy();
    }

    /** The blocks (a copy). */
    @Override
    public JsonArray blocks() {
        return blocks.deepCopy();
    }

    /** Whether only {@link #ephemeralTo()} sees it. */
    public boolean isEphemeral() {
        return ephemeralTo != null;
    }

    /**
     * The text and the visible text of the blocks (section text and fields, headers, context elements, button
     * labels, rich text), one piece per line: what to assert on.
     */
    public String plainText() {
        String visible = BlockText.visible(blocks);
        String fallback = text == null ? "" : text;
        return visible.isEmpty() ? fallback : fallback.isEmpty() ? visible : fallback + "\n" + visible;
    }

    /** The buttons, in order. */
    public List<Button> buttons() {
        return BlockText.buttons(blocks);
    }
}
