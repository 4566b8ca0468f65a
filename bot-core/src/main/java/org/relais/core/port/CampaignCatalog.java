package org.relais.core.port;

import org.relais.core.campaign.Campaign;

/** The campaign in force. Read on every event, so an edited campaign shows at the next message. */
@FunctionalInterface
public interface CampaignCatalog {
    Campaign current();

    /**
     * The campaign in force, read within a transaction already open (the engine's, for one event):
     * a catalog kept in the store checks its version there instead of opening another. Read it
     * before changing the campaign in that transaction: a change not yet committed is not the
     * campaign in force.
     */
    default Campaign current(Tx tx) {
        return current();
    }
}
