package org.relais.core.port;

import java.util.List;
import java.util.Optional;

/** The chats subscribed to broadcasts: one row per (platform, chat). */
public interface Subscriptions {

    /** Subscribes the chat; false when it already was (the first subscription is kept). */
    boolean subscribe(Subscription subscription);

    /** False when the chat was not subscribed. */
    boolean unsubscribe(String platform, String chatId);

    Optional<Subscription> find(String platform, String chatId);

    /** Every subscribed chat, ordered by platform then chat id. */
    List<Subscription> list();
}
