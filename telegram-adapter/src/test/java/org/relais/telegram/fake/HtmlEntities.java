package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Telegram's HTML parse mode, ported from TDLib's {@code parse_html} (which the Bot API server uses): the same tags,
 * the same entity decoding, the same error texts with the same byte offsets (UTF-8). Entity offsets are in UTF-16
 * code units. Like Telegram, a {@code &} that starts no known entity is kept as text, unless {@code strictAmpersand}
 * is asked for (a stricter check of the fake's own).
 */
final class HtmlEntities {

    /** The visible text and its entities ({@code type}, {@code offset}, {@code length}, maybe {@code url}…). */
    record Parsed(String text, List<ObjectNode> entities) {
    }

    private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
            "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

    private record Open(String tag, String argument, int utf16Offset, int bytePosition) {
    }

    private final byte[] in;
    private final boolean strictAmpersand;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<ObjectNode> entities = new ArrayList<>();
    private int utf16;
    private int i;

    private HtmlEntities(String html, boolean strictAmpersand) {
        this.in = html.getBytes(StandardCharsets.UTF_8);
        this.strictAmpersand = strictAmpersand;
    }

    static Parsed parse(String html, boolean strictAmpersand) {
        return new HtmlEntities(html, strictAmpersand).run();
    }

    private Parsed run() {
        for (i = 0; i < in.length; i++) {
            int c = at(i);
            if (c == '&') {
                int code = decodeEntity();
                if (code != 0) {
                    i--;
                    utf16 += code > 0xffff ? 2 : 1;
                    out.writeBytes(new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                if (strictAmpersand) {
                    throw ApiError.cantParseEntities("unescaped \"&\" at byte offset " + i
                            + " (the fake's strict check; Telegram itself keeps it as text)");
                }
            }
            if (c != '<') {
                if ((c & 0xc0) != 0x80) {
                    utf16 += c >= 0xf0 ? 2 : 1;
                }
                out.write(c);
                continue;
            }
            int begin = i++;
            if (at(i) != '/') {
                startTag(begin);
            } else {
                endTag(begin);
            }
        }
        if (!open.isEmpty()) {
            throw ApiError.cantParseEntities(
                    "Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
        }
        entities.forEach(entity -> entity.remove("code_language"));
        entities.sort(Comparator.comparingInt((ObjectNode e) -> e.get("offset").asInt())
                .thenComparing(e -> -e.get("length").asInt()));
        return new Parsed(out.toString(StandardCharsets.UTF_8), entities);
    }

    private void startTag(int begin) {
        while (!isSpace(at(i)) && at(i) != '>') {
            i++;
        }
        if (at(i) == 0) {
            throw ApiError.cantParseEntities("Unclosed start tag at byte offset " + begin);
        }
        String tag = lower(begin + 1, i);
        if (!TAGS.contains(tag)) {
            throw ApiError.cantParseEntities("Unsupported start tag \"" + tag + "\" at byte offset " + begin);
        }
        String argument = "";
        while (at(i) != '>') {
            while (at(i) != 0 && isSpace(at(i))) {
                i++;
            }
            if (at(i) == '>') {
                break;
            }
            int nameBegin = i;
            while (!isSpace(at(i)) && at(i) != '=') {
                i++;
            }
            String name = text(nameBegin, i);
            if (name.isEmpty()) {
                throw ApiError.cantParseEntities(
                        "Empty attribute name in the tag \"" + tag + "\" at byte offset " + begin);
            }
            skipSpaces();
            if (at(i) != '=') {
                throw ApiError.cantParseEntities("Expected equal sign in declaration of an attribute of the tag \""
                        + tag + "\" at byte offset " + begin);
            }
            i++;
            skipSpaces();
            if (at(i) == 0) {
                throw ApiError.cantParseEntities("Unclosed start tag \"" + tag + "\" at byte offset " + begin);
            }
            String value = attributeValue();
            if (at(i) == 0) {
                throw ApiError.cantParseEntities("Unclosed start tag at byte offset " + begin);
            }
            argument = argument(tag, name, value, argument);
        }
        if (tag.equals("span") && !argument.equals("spoiler")) {
            throw ApiError.cantParseEntities("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + begin);
        }
        open.push(new Open(tag, argument, utf16, out.size()));
    }

    private String attributeValue() {
        if (at(i) != '\'' && at(i) != '"') {
            int tokenBegin = i;
            while (Character.isLetterOrDigit(at(i)) && at(i) < 0x80 || at(i) == '.' || at(i) == '-') {
                i++;
            }
            if (!isSpace(at(i)) && at(i) != '>') {
                throw ApiError.cantParseEntities("Unexpected end of name token at byte offset " + tokenBegin);
            }
            return lower(tokenBegin, i);
        }
        int quote = at(i++);
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        while (at(i) != quote && at(i) != 0) {
            if (at(i) == '&') {
                int code = decodeEntity();
                if (code != 0) {
                    value.writeBytes(new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8));
                    continue;
                }
            }
            value.write(at(i++));
        }
        if (at(i) == quote) {
            i++;
        }
        return value.toString(StandardCharsets.UTF_8);
    }

    private static String argument(String tag, String name, String value, String current) {
        if (tag.equals("a") && name.equals("href")) {
            return value;
        } else if (tag.equals("code") && name.equals("class") && value.startsWith("language-")) {
            return value.substring(9);
        } else if (tag.equals("span") && name.equals("class") && value.startsWith("tg-")) {
            return value.substring(3);
        } else if (tag.equals("tg-emoji") && name.equals("emoji-id")) {
            return value;
        }
        return current;
    }

    private void endTag(int begin) {
        if (open.isEmpty()) {
            throw ApiError.cantParseEntities("Unexpected end tag at byte offset " + begin);
        }
        while (!isSpace(at(i)) && at(i) != '>') {
            i++;
        }
        String name = lower(begin + 2, i);
        while (isSpace(at(i)) && at(i) != 0) {
            i++;
        }
        if (at(i) != '>') {
            throw ApiError.cantParseEntities("Unclosed end tag at byte offset " + begin);
        }
        Open tag = open.pop();
        if (!name.isEmpty() && !name.equals(tag.tag())) {
            throw ApiError.cantParseEntities("Unmatched end tag at byte offset " + begin + ", expected \"</"
                    + tag.tag() + ">\", found \"</" + name + ">\"");
        }
        if (utf16 > tag.utf16Offset()) {
            String content = tag.tag().equals("a") && tag.argument().isEmpty()
                    ? new String(out.toByteArray(), tag.bytePosition(), out.size() - tag.bytePosition(),
                            StandardCharsets.UTF_8)
                    : null;
            HtmlEntityKinds.add(entities, tag.tag(), tag.argument(), tag.utf16Offset(), utf16 - tag.utf16Offset(),
                    content);
        }
    }

    /** Decodes the character reference at {@code i}, moving {@code i} past it; 0 (and {@code i} kept) if none. */
    private int decodeEntity() {
        int[] decoded = HtmlCharacterReference.decode(in, i);
        if (decoded == null) {
            return 0;
        }
        i = decoded[1];
        return decoded[0];
    }

    private void skipSpaces() {
        while (at(i) != 0 && isSpace(at(i))) {
            i++;
        }
    }

    private int at(int index) {
        return index < in.length ? in[index] & 0xff : 0;
    }

    /** TDLib's {@code is_space}, which counts the terminating NUL as a space. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0x0b || c == '\f';
    }

    private String text(int from, int to) {
        return new String(in, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }

    private String lower(int from, int to) {
        return text(from, to).toLowerCase(Locale.ROOT);
    }
}
