package org.relais.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * One message from the bot.
 *
 * @param editsPrevious replace the message whose button was pressed instead of sending a new one
 *     (multi-select toggles), where the platform can
 * @param picture an image that follows the text (and its buttons), where the platform can show one
 */
public record Reply(List<Span> text, List<List<Button>> rows, boolean editsPrevious, Optional<Picture> picture) {

    public Reply {
        text = List.copyOf(text);
        rows = rows.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
    }

    /** A reply without a picture. */
    public Reply(List<Span> text, List<List<Button>> rows, boolean editsPrevious) {
        this(text, rows, editsPrevious, Optional.empty());
    }

    public Reply asEdit() {
        return new Reply(text, rows, true, picture);
    }

    public Reply withPicture(Picture image) {
        return new Reply(text, rows, editsPrevious, Optional.of(image));
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
