package org.relais.core.send;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latest message the bot sent in each chat, so that a step edits the message a person is
 * looking at, never one far up the chat where the change would go unseen (docs/design.md, "One
 * answer, one message"): a button pressed on the bot's latest message, with nothing of the bot's on
 * its way to that chat, may edit it; any other press gets a new message. A chat's sends complete in
 * order (one lane each), so the last one completed is the latest. Kept in memory for the most
 * recently active chats: after a restart nothing is known and the first answer is a new message.
 * Thread-safe: sends complete on the sender's workers.
 */
public final class LatestMessages {
    static final int CHATS = 50_000;

    /** The newest message id known and how many sends are on their way, for one chat. */
    private static final class Tail {
        String latest = "";
        int sending;
    }

    private final Map<String, Tail> chats = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tail> eldest) {
            return size() > CHATS;
        }
    };

    /** A message to the chat is on its way. */
    public synchronized void sending(String chat) {
        chats.computeIfAbsent(chat, key -> new Tail()).sending++;
    }

    /** It arrived as {@code messageId} (Telegram's message id, Slack's ts). */
    public synchronized void sent(String chat, String messageId) {
        Tail tail = chats.computeIfAbsent(chat, key -> new Tail());
        tail.sending = Math.max(0, tail.sending - 1);
        tail.latest = messageId;
    }

    /** It did not arrive. */
    public synchronized void failed(String chat) {
        Tail tail = chats.get(chat);
        if (tail != null) {
            tail.sending = Math.max(0, tail.sending - 1);
        }
    }

    /** Whether {@code messageId} is the bot's latest message in the chat, with nothing newer on its way. */
    public synchronized boolean isLatest(String chat, String messageId) {
        Tail tail = chats.get(chat);
        return tail != null && tail.sending == 0 && tail.latest.equals(messageId);
    }
}
