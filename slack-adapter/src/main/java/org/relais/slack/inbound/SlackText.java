package org.relais.slack.inbound;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, from Slack's message text: Slack escapes {@code & < >} and wraps what it
 * recognised in angle brackets ({@code <https://…>}, {@code <mailto:a@b.c|a@b.c>}, {@code <#C1|polqc>},
 * {@code <@U1>}). The engine wants the words as typed: an e-mail address is a target, a
 * {@code #hashtag} a hashtag.
 */
public final class SlackText {
    private static final Pattern ENTITY = Pattern.compile("<([^<>|]*)(?:\\|([^<>]*))?>");

    private SlackText() {}

    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(entity(matcher.group(1), matcher.group(2))));
        }
        matcher.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String entity(String target, String label) {
        if (target.startsWith("mailto:")) {
            return target.substring("mailto:".length());
        } else if (target.startsWith("#")) {
            return label != null && !label.isEmpty() ? "#" + label : target;
        } else if (target.startsWith("@")) {
            return target;
        } else if (target.startsWith("!")) {
            return "@" + target.substring(1).replaceAll("\\^.*", "");
        }
        return target; // a URL: the address itself, not the label Slack shows
    }

    /** The text of a mention without the leading {@code <@BOT>}. */
    public static String withoutMention(String text, String botUserId) {
        String plain = text == null ? "" : text.replaceFirst("^\\s*<@" + Pattern.quote(botUserId) + "(?:\\|[^>]*)?>\\s*", "");
        return plain(plain).strip();
    }
}
