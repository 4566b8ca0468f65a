package org.relais.store.jdbc;

import java.io.IOException;
import java.time.Instant;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.StoredConversation;

/**
 * The second process of the tests that need one ({@link ChildJvm}). Opens the store at {@code args[1]},
 * prints {@code open}, then in mode {@code commit} saves {@code args[2]} conversations, one transaction
 * each, printing {@code committed N} after each commit. Then it holds the database until its standard
 * input closes (the test ends it, or kills it).
 */
public final class StoreChild {

    private StoreChild() {}

    public static void main(String[] args) throws IOException {
        try (JdbcStore store = JdbcStore.open(JdbcSettings.of(args[1]))) {
            System.out.println("open");
            if (args[0].equals("commit")) {
                int count = Integer.parseInt(args[2]);
                for (int i = 1; i <= count; i++) {
                    StoredConversation conversation = conversation(i);
                    store.inTransaction(tx -> tx.conversations().save(conversation));
                    System.out.println("committed " + i);
                }
            }
            System.out.flush();
            while (System.in.read() != -1) {
                // holding the database open
            }
        }
    }

    static StoredConversation conversation(int i) {
        return new StoredConversation(key(i), "chat-" + i, "menu", "fr", "{\"n\":" + i + "}", 0,
                Instant.parse("2025-03-01T10:00:00Z").plusSeconds(i));
    }

    static ConversationKey key(int i) {
        return new ConversationKey("console", "user-" + i);
    }
}
