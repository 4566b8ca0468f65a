package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a closed HTML tag into the Bot API {@code MessageEntity} TDLib makes of it. */
final class HtmlEntityKinds {

    private static final Pattern USER_LINK = Pattern.compile("tg://user\\?id=(\\d{1,18})");

    private HtmlEntityKinds() {
    }

    /**
     * Adds the entity of a closed tag.
     *
     * @param content the tag's text, needed only for an {@code <a>} without {@code href}
     */
    static void add(List<ObjectNode> entities, String tag, String argument, int offset, int length, String content) {
        ObjectNode last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
        boolean sameRange = last != null && last.get("offset").asInt() == offset && last.get("length").asInt() == length;
        switch (tag) {
            case "i", "em" -> entities.add(entity("italic", offset, length));
            case "b", "strong" -> entities.add(entity("bold", offset, length));
            case "s", "strike", "del" -> entities.add(entity("strikethrough", offset, length));
            case "u", "ins" -> entities.add(entity("underline", offset, length));
            case "tg-spoiler", "span" -> entities.add(entity("spoiler", offset, length));
            case "blockquote" -> entities.add(entity("blockquote", offset, length));
            case "tg-emoji" -> entities.add(customEmoji(argument, offset, length));
            case "a" -> entities.add(link(argument.isEmpty() ? content : argument, offset, length));
            case "pre" -> {
                if (sameRange && last.get("type").asText().equals("code") && last.hasNonNull("code_language")) {
                    last.put("type", "pre").put("language", last.get("code_language").asText());
                } else {
                    entities.add(entity("pre", offset, length));
                }
            }
            case "code" -> {
                if (sameRange && last.get("type").asText().equals("pre") && !argument.isEmpty()) {
                    last.put("language", argument);
                } else {
                    ObjectNode code = entity("code", offset, length);
                    if (!argument.isEmpty()) {
                        code.put("code_language", argument);
                    }
                    entities.add(code);
                }
            }
            default -> throw new IllegalStateException("unexpected tag " + tag);
        }
    }

    private static ObjectNode customEmoji(String id, int offset, int length) {
        try {
            if (Long.parseLong(id) > 0) {
                return entity("custom_emoji", offset, length).put("custom_emoji_id", id);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.cantParseEntities("Invalid custom emoji identifier specified");
    }

    private static ObjectNode link(String url, int offset, int length) {
        Matcher user = USER_LINK.matcher(url);
        if (user.matches()) {
            ObjectNode mention = entity("text_mention", offset, length);
            mention.putObject("user").put("id", Long.parseLong(user.group(1))).put("is_bot", false)
                    .put("first_name", "User");
            return mention;
        }
        return entity("text_link", offset, length).put("url", url);
    }

    static ObjectNode entity(String type, int offset, int length) {
        return Params.JSON.createObjectNode().put("type", type).put("offset", offset).put("length", length);
    }
}
