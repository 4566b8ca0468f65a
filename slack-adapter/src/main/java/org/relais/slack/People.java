package org.relais.slack;

import java.util.Optional;

/** What the adapter asks Slack about people, remembered: their language and their direct messages with the app. */
public interface People {

    /** The person's Slack locale ({@code fr-CA}), empty when Slack does not say or cannot be asked. */
    Optional<String> locale(String userId);

    /**
     * The direct-message channel between the person and the app ({@code conversations.open}).
     *
     * @throws IllegalStateException when Slack cannot open it
     */
    String directChannel(String userId);

    /** Slack named the person's direct-message channel in an event: no need to ask for it later. */
    default void remember(String userId, String directChannel) {}
}
