package org.relais.slack.outbound;

import java.util.ArrayList;
import java.util.List;
import org.relais.core.chat.Span;
import org.relais.core.chat.TextPieces;

/**
 * Cuts a reply's text into section texts of at most 3000 characters of mrkdwn (Slack's limit on a
 * section's text, counted on what is sent, escapes included), at a line break when it can, else at
 * a space, never inside an emoji. Pieces of one span next to each other share one mark-up.
 */
final class Sections {
    static final int LIMIT = 3000;
    /** A piece this long, escaped in full ({@code &} → {@code &amp;}), still fits in a section. */
    static final int PIECE = 500;

    private Sections() {}

    /** One section's text: its mrkdwn and its plain text (for the message's fallback). */
    record Section(String mrkdwn, String plain) {}

    private record Atom(Span span, String text) {
        int cost() {
            return Mrkdwn.render(span, text).length();
        }
    }

    static List<Section> split(List<Span> spans) {
        List<Section> sections = new ArrayList<>();
        List<Atom> chunk = new ArrayList<>();
        int cost = 0;
        for (Atom atom : atoms(spans)) {
            Atom next = atom;
            if (cost + next.cost() > LIMIT && !chunk.isEmpty()) {
                sections.add(section(chunk));
                chunk.clear();
                cost = 0;
                next = new Atom(atom.span(), atom.text().stripLeading());
            }
            if (chunk.isEmpty() && next.text().isBlank()) {
                continue;
            }
            chunk.add(next);
            cost += next.cost();
        }
        if (!chunk.isEmpty()) {
            sections.add(section(chunk));
        }
        return sections;
    }

    private static Section section(List<Atom> atoms) {
        StringBuilder mrkdwn = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < atoms.size()) {
            Span span = atoms.get(i).span();
            StringBuilder text = new StringBuilder();
            while (i < atoms.size() && atoms.get(i).span() == span) {
                text.append(atoms.get(i).text());
                i++;
            }
            mrkdwn.append(Mrkdwn.render(span, text.toString()));
            plain.append(text);
        }
        return new Section(mrkdwn.toString().stripTrailing(), plain.toString().strip());
    }

    /** Lines (with their line break); the words of a longer line; pieces of a longer word. */
    private static List<Atom> atoms(List<Span> spans) {
        List<Atom> atoms = new ArrayList<>();
        for (Span span : spans) {
            TextPieces.of(span.text(), PIECE).forEach(piece -> atoms.add(new Atom(span, piece)));
        }
        return atoms;
    }
}
