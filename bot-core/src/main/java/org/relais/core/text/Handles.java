package org.relais.core.text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X usernames. twitter-text has no username validator and its extractor silently truncates or drops
 * bad ones ({@code @josé} extracts nothing), so Relais checks them itself: 1 to 15 of
 * {@code [A-Za-z0-9_]}.
 */
public final class Handles {
    public static final int MAX_LENGTH = 15;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1,15}");
    private static final Pattern PROFILE_URL = Pattern.compile(
            "^(?:https?://)?(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/([^/?#\\s]+)/?(?:[?#].*)?$",
            Pattern.CASE_INSENSITIVE);

    private Handles() {}

    /** Accepts {@code name}, {@code @name}, {@code .@name} or a profile URL; answers the bare name. */
    public static Checked check(String raw) {
        String input = raw == null ? "" : raw.strip();
        String name = input;
        Matcher url = PROFILE_URL.matcher(name);
        if (url.matches()) {
            name = url.group(1);
        }
        if (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.startsWith("@") || name.startsWith("＠")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return Checked.rejected(input, "handle.empty");
        }
        if (VALID.matcher(name).matches()) {
            return Checked.accepted(name);
        }
        String shown = "@" + name;
        String bad = invalidCharacters(name);
        if (!bad.isEmpty()) {
            return Checked.rejected(input, "handle.bad_chars", shown, bad);
        }
        return Checked.rejected(input, "handle.too_long", shown, name.codePointCount(0, name.length()), MAX_LENGTH);
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** The distinct offending characters, quoted and separated, for the explanation. */
    static String invalidCharacters(String name) {
        Set<String> bad = new LinkedHashSet<>();
        name.codePoints()
                .filter(cp -> !(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_')))
                .forEach(cp -> bad.add(cp == ' ' ? "␣" : new String(Character.toChars(cp))));
        return String.join(" ", bad);
    }
}
