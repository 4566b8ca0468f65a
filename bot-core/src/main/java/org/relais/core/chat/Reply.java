package org.relais.core.chat;

import java.util.List;

/**
 * One message from the bot.
 *
 * @param editsPrevious replace the message whose button was pressed instead of sending a new one
 *     (multi-select toggles), where the platform can
 */
public record Reply(List<Span> text, List<List<Button>> rows, boolean editsPrevious) {

    public Reply {
        text = List.copyOf(text);
        rows = rows.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
    }

    public Reply asEdit() {
        return new Reply(text, rows, true);
    }

    /** The text without formatting, for logs, tests and the terminal. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        text.forEach(span -> out.append(span.text()));
        return out.toString();
    }

    public List<Button> buttons() {
        return rows.stream().flatMap(List::stream).toList();
    }
}
