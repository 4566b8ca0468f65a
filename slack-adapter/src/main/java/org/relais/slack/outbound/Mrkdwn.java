package org.relais.slack.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relais.core.chat.Span;
import org.relais.core.flows.Commands;

/**
 * Slack's mrkdwn: only {@code &}, {@code <} and {@code >} are escaped (as {@code &amp; &lt; &gt;});
 * bold is {@code *…*} on one line, links are {@code <url|label>}, the post to copy is code.
 *
 * <p>Commands: Slack takes any message that starts with {@code /} for one of its slash commands, so
 * on Slack the bot's commands are subcommands of {@code /relais}. The engine's texts name them
 * {@code /annuler}, {@code /aide}…; here they become {@code /relais annuler}, {@code /relais aide}.
 */
final class Mrkdwn {
    public static final String SLASH_COMMAND = "/relais";
    private static final Pattern COMMAND = Pattern.compile("(^|[\\s(«“\"'])/("
            + Stream.of(Commands.values()).flatMap(c -> c.names().stream()).collect(Collectors.joining("|"))
            + ")(?![\\p{L}\\p{N}_/])");

    private Mrkdwn() {}

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A reply's spans as one mrkdwn text. */
    static String render(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(span -> out.append(render(span, span.text())));
        return out.toString();
    }

    /** One span, or a piece of one. */
    static String render(Span span, String text) {
        if (span instanceof Span.Bold) {
            return bold(commands(escape(text)));
        } else if (span instanceof Span.Code) {
            return code(text);
        } else if (span instanceof Span.Link link) {
            return "<" + escape(link.url()) + "|" + escape(text).replace("|", "¦") + ">";
        }
        return commands(escape(text));
    }

    /** {@code /annuler} → {@code /relais annuler}, for the commands Relais knows. */
    static String commands(String text) {
        Matcher matcher = COMMAND.matcher(text);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + SLASH_COMMAND + " " + m.group(2)));
    }

    /** Each line in its own {@code *…*}, with the spaces outside: mrkdwn bold spans no line break. */
    private static String bold(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String core = line.strip().replace("*", "");
            if (core.isEmpty()) {
                lines.add(line);
                continue;
            }
            int start = line.indexOf(line.strip());
            String lead = line.substring(0, start);
            String trail = line.substring(start + line.strip().length());
            lines.add(lead + "*" + core + "*" + trail);
        }
        return String.join("\n", lines);
    }

    /** Inline code on one line, a block over several; a backtick would end it, so it becomes ʼ. */
    private static String code(String text) {
        String safe = escape(text).replace("`", "ʼ");
        if (safe.isBlank()) {
            return safe;
        }
        return safe.contains("\n") ? "```" + safe + "```" : "`" + safe + "`";
    }
}
