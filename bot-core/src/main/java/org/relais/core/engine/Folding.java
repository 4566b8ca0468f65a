package org.relais.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Span;

/**
 * Fewer messages for the same answer: each note (text alone, see {@link Reply#isNote()}) is folded
 * into the message that follows it, as its first paragraph, so that "Bonjour !" and the menu, or
 * "Ajouté : @x" and the step, arrive as one message whose buttons are the last thing the person
 * sees. A standalone reply is never folded into: the notes before it go to the next message that
 * can take them. Notes with nothing after them join the message before them (after its text, above
 * its buttons) unless it carries a picture or stands alone, or stand together as one message. Each message a platform sends costs a share of its flood limits, and a crowd is
 * answered faster when each person costs one.
 */
final class Folding {
    private static final Span.Plain PARAGRAPH = new Span.Plain("\n\n");

    private Folding() {}

    static List<Reply> fold(List<Reply> replies) {
        List<Reply> out = new ArrayList<>();
        List<Span> notes = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply.isNote() && !reply.editsPrevious()) {
                append(notes, reply.text());
                continue;
            }
            if (reply.standalone()) {
                out.add(reply); // the notes wait for the next message that can take them
                continue;
            }
            if (!notes.isEmpty()) {
                reply = withText(reply, joined(notes, reply.text()));
            }
            notes = new ArrayList<>();
            out.add(reply);
        }
        if (!notes.isEmpty()) {
            int last = out.size() - 1;
            if (last >= 0 && !out.get(last).standalone() && out.get(last).picture().isEmpty()) {
                out.set(last, withText(out.get(last), joined(out.get(last).text(), notes)));
            } else {
                out.add(note(notes));
            }
        }
        return out;
    }

    private static void append(List<Span> into, List<Span> text) {
        if (!into.isEmpty() && !text.isEmpty()) {
            into.add(PARAGRAPH);
        }
        into.addAll(text);
    }

    private static List<Span> joined(List<Span> first, List<Span> second) {
        List<Span> all = new ArrayList<>(first);
        append(all, second);
        return all;
    }

    private static Reply note(List<Span> text) {
        return new Reply(text, List.of(), false);
    }

    private static Reply withText(Reply reply, List<Span> text) {
        return new Reply(text, reply.rows(), reply.editsPrevious(), reply.picture(), reply.standalone());
    }
}
