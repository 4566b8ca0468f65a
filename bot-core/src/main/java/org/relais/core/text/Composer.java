package org.relais.core.text;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the post: the mentions, the wording, then the hashtags the wording does not already carry.
 *
 * <p>A post that starts with {@code @handle} is shown by X as a reply, to few people; advocacy tools
 * write {@code .@handle}, and so does Relais.
 */
public final class Composer {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Memo<Parts, String> COMPOSED = new Memo<>(4096);
    private static final Memo<String, List<String>> MENTIONS = new Memo<>(4096);

    private record Parts(String body, List<String> handles, List<String> hashtags) {}

    private Composer() {}

    /**
     * @param body the wording, as chosen or written
     * @param handles the targets' handles, without {@code @}; ones the body already names are skipped
     * @param hashtags required then chosen hashtags, without {@code #}; ones already in the text are skipped
     */
    public static String compose(String body, List<String> handles, List<String> hashtags) {
        return COMPOSED.get(new Parts(body == null ? "" : body, List.copyOf(handles), List.copyOf(hashtags)),
                parts -> build(parts.body(), parts.handles(), parts.hashtags()));
    }

    private static String build(String body, List<String> handles, List<String> hashtags) {
        String text = body.strip();
        Set<String> named = EXTRACTOR.extractMentionedScreennames(text).stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> mentions = new ArrayList<>();
        for (String handle : handles) {
            if (named.add(handle.toLowerCase(Locale.ROOT))) {
                mentions.add("@" + handle);
            }
        }
        if (!mentions.isEmpty()) {
            text = text.isEmpty() ? String.join(" ", mentions) : String.join(" ", mentions) + " " + text;
        }
        List<String> present = new ArrayList<>(Hashtags.foundIn(text));
        List<String> missing = new ArrayList<>();
        for (String tag : hashtags) {
            String key = tag.toLowerCase(Locale.ROOT);
            if (!present.contains(key)) {
                present.add(key);
                missing.add("#" + tag);
            }
        }
        if (!missing.isEmpty()) {
            text = text.isEmpty() ? String.join(" ", missing) : text + " " + String.join(" ", missing);
        }
        return notReplyOnly(text);
    }

    /** The handles a text mentions, in lower case, as X reads them. */
    public static List<String> mentionsIn(String text) {
        return MENTIONS.get(text == null ? "" : text, t -> EXTRACTOR.extractMentionedScreennames(t).stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList());
    }

    /** Puts a {@code .} before a leading mention so the post is public, not a reply. */
    public static String notReplyOnly(String text) {
        return text.startsWith("@") || text.startsWith("＠") ? "." + text : text;
    }
}
