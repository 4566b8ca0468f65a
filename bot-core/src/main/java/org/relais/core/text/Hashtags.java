package org.relais.core.text;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.Validator;
import java.util.List;
import java.util.Locale;

/**
 * Hashtags as X reads them (twitter-text): letters, marks, digits and {@code _}, at least one letter;
 * accents are fine ({@code #café}). Stored and compared without the {@code #}.
 */
public final class Hashtags {
    public static final int MAX_LENGTH = 100;
    private static final Validator VALIDATOR = new Validator();
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Memo<String, List<String>> FOUND = new Memo<>(4096);

    private Hashtags() {}

    public static Checked check(String raw) {
        String input = raw == null ? "" : raw.strip();
        String tag = input.startsWith("#") || input.startsWith("＃") ? input.substring(1) : input;
        if (tag.isEmpty()) {
            return Checked.rejected(input, "hashtag.empty");
        }
        if (tag.length() > MAX_LENGTH) {
            return Checked.rejected(input, "hashtag.too_long", MAX_LENGTH);
        }
        if (isValid(tag)) {
            return Checked.accepted(tag);
        }
        if (tag.codePoints().allMatch(cp -> Character.isDigit(cp) || cp == '_')) {
            return Checked.rejected(input, "hashtag.no_letter", "#" + tag);
        }
        String bad = tag.codePoints()
                .filter(cp -> !Character.isLetterOrDigit(cp) && cp != '_' && Character.getType(cp) != Character.NON_SPACING_MARK)
                .distinct()
                .mapToObj(cp -> cp == ' ' ? "␣" : new String(Character.toChars(cp)))
                .reduce((a, b) -> a + " " + b)
                .orElse("?");
        return Checked.rejected(input, "hashtag.bad_chars", "#" + tag, bad);
    }

    /** True when twitter-text reads {@code #tag} as exactly this one hashtag. */
    public static boolean isValid(String tag) {
        if (tag == null || tag.isEmpty()) {
            return false;
        }
        String text = "#" + tag;
        if (!VALIDATOR.isValidHashtag(text)) {
            return false;
        }
        List<String> found = EXTRACTOR.extractHashtags(text);
        return found.size() == 1 && found.get(0).equals(tag);
    }

    /** The hashtags in a text, lower-cased, to tell whether one is already there. */
    public static List<String> foundIn(String text) {
        return FOUND.get(text, t -> EXTRACTOR.extractHashtags(t).stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList());
    }

    public static boolean sameTag(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
