package org.relais.core.chat;

import java.util.ArrayList;
import java.util.List;

/** Builds the spans of a reply; adjacent plain pieces are merged. */
public final class RichText {
    private final List<Span> spans = new ArrayList<>();

    public RichText plain(String text) {
        if (text.isEmpty()) {
            return this;
        }
        if (!spans.isEmpty() && spans.get(spans.size() - 1) instanceof Span.Plain last) {
            spans.set(spans.size() - 1, new Span.Plain(last.text() + text));
        } else {
            spans.add(new Span.Plain(text));
        }
        return this;
    }

    public RichText bold(String text) {
        spans.add(new Span.Bold(text));
        return this;
    }

    public RichText link(String text, String url) {
        spans.add(new Span.Link(text, url));
        return this;
    }

    public RichText code(String text) {
        spans.add(new Span.Code(text));
        return this;
    }

    public RichText line() {
        return plain("\n");
    }

    /** A blank line between paragraphs (none at the very start). */
    public RichText paragraph() {
        return spans.isEmpty() ? this : plain("\n\n");
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    public List<Span> spans() {
        return List.copyOf(spans);
    }
}
