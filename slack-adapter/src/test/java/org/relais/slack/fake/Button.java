package org.relais.slack.fake;

/**
 * A button as a message or a view shows it.
 *
 * @param label its text
 * @param actionId its {@code action_id} (Slack gives one to a button sent without)
 * @param blockId the {@code block_id} of its block (Slack gives one to a block sent without)
 * @param value its {@code value}, or null
 * @param url its {@code url} for a link button, or null
 */
public record Button(String label, String actionId, String blockId, String value, String url) {

    /** Whether the button opens a URL. */
    public boolean isLink() {
        return url != null;
    }
}
