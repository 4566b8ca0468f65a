package org.relais.core.memory;

import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.port.CampaignStore;

/** The stored campaign of one in-memory transaction: each write bumps the version and pushes its undo. */
final class MemoryCampaigns implements CampaignStore {

    /** The campaign (null while none is stored) and its version; the campaign is immutable. */
    static final class Slot {
        private Campaign campaign;
        private long version;

        void copyFrom(Slot other) {
            campaign = other.campaign;
            version = other.version;
        }
    }

    private final Slot slot;
    private final Deque<Runnable> undo;

    MemoryCampaigns(Slot slot, Deque<Runnable> undo) {
        this.slot = slot;
        this.undo = undo;
    }

    @Override
    public OptionalLong version() {
        return slot.campaign == null ? OptionalLong.empty() : OptionalLong.of(slot.version);
    }

    @Override
    public Optional<Campaign> load() {
        return Optional.ofNullable(slot.campaign);
    }

    @Override
    public void replace(Campaign campaign) {
        write(campaign);
    }

    @Override
    public void saveAction(Action action) {
        if (slot.campaign == null) {
            throw new IllegalStateException("no campaign is stored: store the one in force before saving an action");
        }
        write(slot.campaign.withAction(action));
    }

    @Override
    public boolean setClosed(String actionId, boolean closed) {
        if (slot.campaign == null || slot.campaign.action(actionId).isEmpty()) {
            return false;
        }
        write(slot.campaign.withClosed(actionId, closed));
        return true;
    }

    private void write(Campaign campaign) {
        Campaign previous = slot.campaign;
        long version = slot.version;
        slot.campaign = campaign;
        slot.version = version + 1;
        undo.push(() -> {
            slot.campaign = previous;
            slot.version = version;
        });
    }
}
