package org.relais.core.text;

/**
 * The links that open a network's composer with the text filled in. The bot never posts for anyone:
 * the volunteer taps, reads, and posts.
 */
public final class ShareLinks {
    /** The longest link a button may carry: Slack caps a button's {@code url} at 3000 characters. */
    public static final int MAX_LENGTH = 3000;

    private ShareLinks() {}

    public static String x(String text) {
        return "https://x.com/intent/tweet?text=" + Percent.encode(text);
    }

    public static String bluesky(String text) {
        return "https://bsky.app/intent/compose?text=" + Percent.encode(text);
    }

    public static String threads(String text) {
        return "https://www.threads.com/intent/post?text=" + Percent.encode(text);
    }

    /** Mastodon has no server-independent link: the volunteer's own instance is needed. */
    public static String mastodon(String instance, String text) {
        return "https://" + instance + "/share?text=" + Percent.encode(text);
    }

    public static String retweet(String tweetId) {
        return "https://x.com/intent/retweet?tweet_id=" + tweetId;
    }

    public static String like(String tweetId) {
        return "https://x.com/intent/like?tweet_id=" + tweetId;
    }

    /** RFC 6068: every part percent-encoded in UTF-8, spaces {@code %20}, line breaks {@code %0D%0A}. */
    public static String mailto(String address, String subject, String body) {
        String crlf = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
        return "mailto:" + address.replace("%", "%25").replace("?", "%3F").replace("#", "%23")
                + "?subject=" + Percent.encode(subject) + "&body=" + Percent.encode(crlf);
    }
}
