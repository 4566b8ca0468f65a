package org.relais.core.port;

import java.util.Optional;
import java.util.OptionalLong;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;

/**
 * The campaign kept in the database, once a coordinator imported one or changed one in the chat:
 * its own fields, its actions in order, and which of them are closed. While the database holds
 * none, the campaign of the settings is in force (see the catalog in force).
 */
public interface CampaignStore {

    /**
     * A number that changes with every write below, seen by every instance sharing the database;
     * empty while none is stored. Cheap (one row): the catalog reads it on every event.
     */
    OptionalLong version();

    /** The stored campaign: actions in their order, closed ones in {@link Campaign#closed()}. */
    Optional<Campaign> load();

    /** Stores this campaign whole, closed actions included; actions it does not have are removed. */
    void replace(Campaign campaign);

    /**
     * Replaces the action of the same id where it stands, or adds it last, open.
     *
     * @throws IllegalStateException when no campaign is stored: store the one in force first
     */
    void saveAction(Action action);

    /** Closes or reopens an action; false when the stored campaign has no action of that id. */
    boolean setClosed(String actionId, boolean closed);
}
