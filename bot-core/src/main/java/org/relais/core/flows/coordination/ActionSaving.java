package org.relais.core.flows.coordination;

import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.engine.Turn;
import org.relais.core.port.CampaignStore;

/**
 * A coordinator's change to the campaign, written in the event's transaction. The first change
 * moves the campaign in force (a file's, or the bundled one) into the database, which from then
 * on is the campaign in force for every instance; the turn goes on with the changed campaign, so
 * the step shown after a save already offers the new action.
 */
final class ActionSaving {
    private ActionSaving() {}

    static void save(Turn turn, Action action) {
        stored(turn).saveAction(action);
        turn.campaignChanged(turn.campaign().withAction(action));
    }

    static void setClosed(Turn turn, String actionId, boolean closed) {
        stored(turn).setClosed(actionId, closed);
        turn.campaignChanged(turn.campaign().withClosed(actionId, closed));
    }

    private static CampaignStore stored(Turn turn) {
        CampaignStore store = turn.tx().campaigns();
        if (store.version().isEmpty()) {
            store.replace(turn.campaign());
        }
        return store;
    }

    /** Whether an id is taken: by an action of the campaign, or by the statistics of one removed since. */
    static boolean taken(Turn turn, String id) {
        Campaign campaign = turn.campaign();
        return campaign.action(id).isPresent() || !turn.tx().completions().countsFor(id).isEmpty();
    }
}
