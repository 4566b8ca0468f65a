package org.relais.core.port;

import org.relais.core.campaign.Campaign;

/** The campaign in force. Read on every event, so an edited campaign shows at the next message. */
@FunctionalInterface
public interface CampaignCatalog {
    Campaign current();
}
