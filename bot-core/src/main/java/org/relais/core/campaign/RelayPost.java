package org.relais.core.campaign;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One of the campaign's own posts that volunteers are asked to relay (retweet, like, share). */
public record RelayPost(String url) {
    private static final Pattern X_STATUS = Pattern.compile(
            "^https://(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/(?:[A-Za-z0-9_]{1,15}|i(?:/web)?)/status(?:es)?/([0-9]{1,20})(?:[/?#].*)?$");

    /** The post's id when it is a post on X, for the retweet and like intents. */
    public Optional<String> tweetId() {
        Matcher matcher = X_STATUS.matcher(url);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
