package org.relais.telegram.outbound;

import java.util.ArrayList;
import java.util.List;
import org.relais.core.chat.Span;
import org.relais.core.chat.TextPieces;

/**
 * Cuts a reply into messages of at most 4096 characters of visible text (Telegram's limit, counted
 * after the HTML is parsed), at a line break when it can, else at a space, never inside a tag: each
 * piece of a span is wrapped in that span's own tag.
 */
final class Chunks {
    static final int LIMIT = 4096;

    private Chunks() {}

    /** A piece of a span: at most one line, or one word of a line too long to fit. */
    private record Atom(Span span, String text) {}

    static List<String> split(List<Span> spans) {
        return split(spans, LIMIT);
    }

    static List<String> split(List<Span> spans, int limit) {
        List<String> chunks = new ArrayList<>();
        Chunk chunk = new Chunk();
        for (Atom atom : atoms(spans, limit)) {
            String text = atom.text();
            if (chunk.visible + text.length() > limit && chunk.visible > 0) {
                chunks.add(chunk.html());
                chunk = new Chunk();
                text = text.stripLeading();
            }
            if (chunk.visible == 0 && text.isBlank()) {
                continue;
            }
            chunk.add(atom.span(), text);
        }
        if (chunk.visible > 0) {
            chunks.add(chunk.html());
        }
        return chunks;
    }

    /** One message being filled: pieces of the same span next to each other share one tag. */
    private static final class Chunk {
        private final StringBuilder html = new StringBuilder();
        private Span span;
        private final StringBuilder pending = new StringBuilder();
        private int visible;

        void add(Span next, String text) {
            if (span != next) {
                flush();
                span = next;
            }
            pending.append(text);
            visible += text.length();
        }

        private void flush() {
            if (span != null && pending.length() > 0) {
                html.append(Html.render(span, pending.toString()));
            }
            pending.setLength(0);
        }

        String html() {
            flush();
            return html.toString();
        }
    }

    /** Lines (with their line break), and the words (or pieces) of a line longer than the limit. */
    private static List<Atom> atoms(List<Span> spans, int limit) {
        List<Atom> atoms = new ArrayList<>();
        for (Span span : spans) {
            TextPieces.of(span.text(), limit).forEach(piece -> atoms.add(new Atom(span, piece)));
        }
        return atoms;
    }
}
