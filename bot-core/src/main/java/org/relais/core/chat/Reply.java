package org.relais.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * One message from the bot.
 *
 * @param editsPrevious replace the message whose button was pressed instead of sending a new one
 *     (a toggle, a page turned), where the platform can and that message is still the latest in the
 *     chat; otherwise the adapter sends it as a new message
 * @param picture an image that follows the text (and its buttons), where the platform can show one
 * @param standalone shown as it is, on its own: the engine never folds a note into it (an
 *     announcement previewed exactly as the chats will see it)
 */
public record Reply(List<Span> text, List<List<Button>> rows, boolean editsPrevious, Optional<Picture> picture,
        boolean standalone) {

    public Reply {
        text = List.copyOf(text);
        rows = rows.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
    }

    public Reply(List<Span> text, List<List<Button>> rows, boolean editsPrevious, Optional<Picture> picture) {
        this(text, rows, editsPrevious, picture, false);
    }

    /** A reply without a picture. */
    public Reply(List<Span> text, List<List<Button>> rows, boolean editsPrevious) {
        this(text, rows, editsPrevious, Optional.empty(), false);
    }

    public Reply asEdit() {
        return new Reply(text, rows, true, picture, standalone);
    }

    public Reply withPicture(Picture image) {
        return new Reply(text, rows, editsPrevious, Optional.of(image), standalone);
    }

    public Reply asStandalone() {
        return new Reply(text, rows, editsPrevious, picture, true);
    }

    /** A note: text alone, nothing to press, no picture. */
    public boolean isNote() {
        return rows.isEmpty() && picture.isEmpty() && !standalone;
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
