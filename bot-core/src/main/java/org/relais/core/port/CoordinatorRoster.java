package org.relais.core.port;

import java.util.List;
import org.relais.core.chat.ConversationKey;

/**
 * The coordinators granted in the chat, on top of those named in the settings: an append-only log
 * of {@link RoleChange}s, a person's latest change deciding.
 */
public interface CoordinatorRoster {

    /** Appends a grant or a removal. */
    void change(RoleChange change);

    /** Whether the person's latest change is a grant. */
    boolean isGranted(ConversationKey person);

    /** The people whose latest change is a grant, ordered by platform then user id. */
    List<ConversationKey> granted();

    /** Every change, oldest first. */
    List<RoleChange> history();
}
