package org.relais.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.relais.core.chat.Button;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.Span;

/**
 * Renders the engine's replies as terminal text: each choice button on its own line as
 * {@code [N] label} (numbered across the whole response), each link button as {@code label: URL},
 * a picture as the line its {@code pictures} function writes (where the file went). Bold is ANSI
 * bold only on a real terminal, so piped transcripts stay plain.
 */
final class ConsoleRenderer {
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean ansi;
    private final Function<Picture, String> pictures;

    ConsoleRenderer(boolean ansi, Function<Picture, String> pictures) {
        this.ansi = ansi;
        this.pictures = pictures;
    }

    /** The text to print, and the payloads of the numbered choices in order (number N is index N-1). */
    record Rendered(String text, List<String> choices) {}

    Rendered render(Response response) {
        StringBuilder out = new StringBuilder();
        List<String> choices = new ArrayList<>();
        for (Reply reply : response.replies()) {
            if (reply.editsPrevious()) {
                out.append(ansi ? "↻ " : "(↻) ");
            }
            for (Span span : reply.text()) {
                out.append(span(span));
            }
            out.append('\n');
            for (List<Button> row : reply.rows()) {
                for (Button button : row) {
                    if (button instanceof Button.Choice choice) {
                        choices.add(choice.payload());
                        out.append("  [").append(choices.size()).append("] ").append(choice.label()).append('\n');
                    } else if (button instanceof Button.Link link) {
                        out.append("  ").append(link.label()).append(": ").append(link.url()).append('\n');
                    } else if (button instanceof Button.Start start) {
                        out.append("  ").append(start.label()).append(": /start ").append(start.payload()).append('\n');
                    }
                }
            }
            reply.picture().ifPresent(picture -> out.append("  ").append(pictures.apply(picture)).append('\n'));
            out.append('\n');
        }
        response.notice().ifPresent(notice -> out.append("  » ").append(notice).append("\n\n"));
        return new Rendered(out.toString(), choices);
    }

    private String span(Span span) {
        if (span instanceof Span.Bold bold) {
            return ansi ? BOLD + bold.text() + RESET : bold.text();
        } else if (span instanceof Span.Link link) {
            return link.text().equals(link.url()) ? link.url() : link.text() + ": " + link.url();
        } else if (span instanceof Span.Code code) {
            return code.text();
        }
        return span.text();
    }
}
