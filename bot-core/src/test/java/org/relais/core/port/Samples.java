package org.relais.core.port;

import java.time.Instant;
import org.relais.core.chat.ConversationKey;

/** Test data for the store contract suites. */
final class Samples {
    /** Has microseconds: stores must keep instants at least to the microsecond. */
    static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456Z");

    static final ConversationKey ALICE = new ConversationKey("telegram", "1001");
    static final ConversationKey BOB = new ConversationKey("telegram", "1002");
    /** Same user id as {@link #ALICE}, other platform: a different person. */
    static final ConversationKey ALICE_ON_SLACK = new ConversationKey("slack", "1001");

    private Samples() {}

    static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    /** A conversation as the engine would save it, never stored yet (version 0). */
    static StoredConversation conversation(ConversationKey key, String state) {
        return new StoredConversation(key, "chat-" + key.userId(), state, "fr",
                "{\"state\":\"" + state + "\"}", 0, T0);
    }

    static StoredConversation withVersion(StoredConversation c, long version) {
        return new StoredConversation(c.key(), c.chatId(), c.state(), c.language(), c.data(), version, c.updatedAt());
    }

    /** A copy in another state, to be saved over {@code version}. */
    static StoredConversation moved(StoredConversation c, String state, long version, Instant at) {
        return new StoredConversation(c.key(), c.chatId(), state, "en", "{\"state\":\"" + state + "\"}", version, at);
    }
}
