package org.relais.telegram.outbound;

import org.relais.core.chat.Span;

/**
 * Telegram's HTML parse mode: only {@code <}, {@code >} and {@code &} need escaping outside tags
 * (and {@code "} inside an attribute). HTML rather than MarkdownV2, where every {@code _ # . -} of
 * handles, hashtags and URLs would need a backslash.
 */
final class Html {
    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String attribute(String value) {
        return escape(value).replace("\"", "&quot;");
    }

    /** One span, or a piece of one, as HTML. */
    static String render(Span span, String text) {
        if (span instanceof Span.Bold) {
            return "<b>" + escape(text) + "</b>";
        } else if (span instanceof Span.Code) {
            return "<code>" + escape(text) + "</code>";
        } else if (span instanceof Span.Link link) {
            return "<a href=\"" + attribute(link.url()) + "\">" + escape(text) + "</a>";
        }
        return escape(text);
    }
}
