package org.relais.core.port;

import java.util.Optional;
import org.relais.core.chat.ConversationKey;

/** Where each person's conversation stands, one row per (platform, user). */
public interface ConversationRepository {

    Optional<StoredConversation> find(ConversationKey key);

    /**
     * Inserts (version 0) or updates (the stored version) the conversation.
     *
     * @return the new version
     * @throws StoreConflictException if the stored version is not {@code conversation.version()}
     */
    long save(StoredConversation conversation);

    /** @return whether there was one */
    boolean delete(ConversationKey key);
}
