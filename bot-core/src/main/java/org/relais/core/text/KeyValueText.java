package org.relais.core.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small documents as {@code key=value} lines, for what a store keeps without understanding it (a
 * conversation's draft, an action): readable in SQL, and tolerant, since a reader ignores the keys
 * it does not know and a missing key takes its default. A value's line breaks and backslashes are
 * escaped; a list is comma-separated, each item percent-encoded so that none holds a comma.
 */
public final class KeyValueText {
    private KeyValueText() {}

    /** The lines of {@code data}, in its order. */
    public static String format(Map<String, String> data) {
        return data.entrySet().stream()
                .map(e -> e.getKey() + "=" + escape(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** The keys and values of the lines; a line without {@code =}, or with an empty key, is skipped. */
    public static Map<String, String> parse(String text) {
        Map<String, String> data = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                data.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return data;
    }

    /** Puts the value unless it is null or empty: a missing key reads as the default. */
    public static void put(Map<String, String> data, String key, String value) {
        if (value != null && !value.isEmpty()) {
            data.put(key, value);
        }
    }

    public static String join(Collection<String> values) {
        return values.stream().map(Percent::encode).collect(Collectors.joining(","));
    }

    public static List<String> list(String value) {
        return words(value).stream().map(item -> URLDecoder.decode(item, StandardCharsets.UTF_8)).toList();
    }

    /** The comma-separated words of a value, empty ones dropped. */
    public static List<String> words(String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).filter(w -> !w.isEmpty()).toList();
    }

    /** A small number, or {@code fallback} when the value is missing or is not one. */
    public static int number(String value, int fallback) {
        if (value == null || !value.matches("-?[0-9]{1,9}")) {
            return fallback;
        }
        return Integer.parseInt(value);
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
