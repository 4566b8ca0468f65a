package org.relais.slack.inbound;

import java.util.Optional;

/**
 * Where and how to answer on Slack.
 *
 * @param channel the channel to post in (the person's direct messages with the app, or a channel)
 * @param threadTs answer in this thread (a mention in a channel)
 * @param messageTs the message whose button was pressed, to update in place
 * @param responseUrl the interaction's {@code response_url}, to answer where the app cannot post
 * @param ephemeral answer through {@code responseUrl}, seen only by the person (a slash command
 *     typed in a channel: the answer must not fill it)
 * @param home the answer is the person's App Home view, published rather than posted
 */
public record SlackReach(String channel, Optional<String> threadTs, Optional<String> messageTs,
        Optional<String> responseUrl, boolean ephemeral, boolean home) {

    public static SlackReach post(String channel) {
        return new SlackReach(channel, Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }

    public static SlackReach thread(String channel, String threadTs) {
        return new SlackReach(channel, Optional.of(threadTs), Optional.empty(), Optional.empty(), false, false);
    }

    /** After a press on a message: update it in place when the engine says so. */
    public static SlackReach pressed(String channel, String messageTs, Optional<String> responseUrl) {
        return new SlackReach(channel, Optional.empty(), Optional.of(messageTs), responseUrl, false, false);
    }

    public static SlackReach ephemeral(String channel, String responseUrl) {
        return new SlackReach(channel, Optional.empty(), Optional.empty(), Optional.of(responseUrl), true, false);
    }

    public static SlackReach home(String directChannel) {
        return new SlackReach(directChannel, Optional.empty(), Optional.empty(), Optional.empty(), false, true);
    }
}
