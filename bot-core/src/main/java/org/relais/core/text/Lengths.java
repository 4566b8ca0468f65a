package org.relais.core.text;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.campaign.LengthRule;

/**
 * Counts a text the way each network does (see docs/platform-limits.md): X with twitter-text
 * (weighted v3, or the classic 140 built by hand), Bluesky in graphemes, Mastodon in graphemes with
 * URLs as 23 and {@code @user@domain} as {@code @user}, Threads with emoji as their UTF-8 bytes.
 */
public final class Lengths {
    public static final int BLUESKY_GRAPHEMES = 300;
    public static final int BLUESKY_BYTES = 3000;
    public static final int MASTODON_DEFAULT = 500;
    public static final int THREADS = 500;
    private static final int URL_LENGTH = 23;

    /** The classic rule: every code point weighs 1, URLs 23. The builder defaults every field to 0. */
    static final TwitterTextConfiguration CLASSIC_140 = new TwitterTextConfiguration.Builder()
            .setVersion(1)
            .setMaxWeightedTweetLength(140)
            .setScale(1)
            .setDefaultWeight(1)
            .setEmojiParsingEnabled(false)
            .setTransformedURLLength(URL_LENGTH)
            .setRanges(List.of())
            .build();

    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private static final Pattern MASTODON_MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}_])@([A-Za-z0-9_]+)@[A-Za-z0-9.-]+[A-Za-z0-9]");
    private static final Pattern EMOJI = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;
    private static final Extractor URLS = new Extractor();
    private static final Memo<String, Measure> X280 = new Memo<>(4096);
    private static final Memo<String, Measure> X140 = new Memo<>(4096);
    private static final Memo<String, Measure> MASTODON = new Memo<>(4096);
    private static final Memo<String, Measure> THREADS_COUNTS = new Memo<>(4096);

    static {
        URLS.setExtractURLWithoutProtocol(false);
    }

    private Lengths() {}

    public static Measure x(String text, LengthRule rule) {
        return rule == LengthRule.X140 ? X140.get(text, t -> countX(t, rule)) : X280.get(text, t -> countX(t, rule));
    }

    private static Measure countX(String text, LengthRule rule) {
        TwitterTextConfiguration config =
                rule == LengthRule.X140 ? CLASSIC_140 : TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG;
        TwitterTextParseResults result = TwitterTextParser.parseTweet(text, config);
        return new Measure(Network.X, result.weightedLength, rule.limit(), result.isValid);
    }

    public static Measure bluesky(String text) {
        int graphemes = graphemes(text);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        boolean fits = !text.isBlank() && graphemes <= BLUESKY_GRAPHEMES && bytes <= BLUESKY_BYTES;
        return new Measure(Network.BLUESKY, graphemes, BLUESKY_GRAPHEMES, fits);
    }

    public static Measure mastodon(String text) {
        return MASTODON.get(text, Lengths::countMastodon);
    }

    private static Measure countMastodon(String text) {
        String countable = MASTODON_MENTION.matcher(text).replaceAll("@$1");
        int length = graphemes(countable);
        for (Extractor.Entity url : URLS.extractURLsWithIndices(countable)) {
            length += URL_LENGTH - graphemes(url.getValue());
        }
        return new Measure(Network.MASTODON, length, MASTODON_DEFAULT, !text.isBlank() && length <= MASTODON_DEFAULT);
    }

    public static Measure threads(String text) {
        return THREADS_COUNTS.get(text, Lengths::countThreads);
    }

    private static Measure countThreads(String text) {
        int length = 0;
        int last = 0;
        Matcher emoji = EMOJI.matcher(text);
        while (emoji.find()) {
            length += text.codePointCount(last, emoji.start());
            length += emoji.group().getBytes(StandardCharsets.UTF_8).length;
            last = emoji.end();
        }
        length += text.codePointCount(last, text.length());
        return new Measure(Network.THREADS, length, THREADS, !text.isBlank() && length <= THREADS);
    }

    /** User-perceived characters: a ZWJ family or a flag is one ({@code \X}, not BreakIterator). */
    public static int graphemes(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
