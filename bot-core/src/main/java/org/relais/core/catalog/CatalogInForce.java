package org.relais.core.catalog;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.relais.core.campaign.Campaign;
import org.relais.core.port.CampaignCatalog;
import org.relais.core.port.Store;
import org.relais.core.port.Tx;

/**
 * The campaign in force: the one in the database when it holds one (imported, or changed by a
 * coordinator in the chat), otherwise the one of the settings (a file, or the bundled one).
 *
 * <p>Read on every event, so it is kept in memory and loaded again only when the stored version
 * moved: one single-row read per event, in the event's own transaction. Every instance sharing the
 * database reads that version, so an edit made on one shows on the others at their next event.
 */
public final class CatalogInForce implements CampaignCatalog {
    private final Store store;
    private final Campaign fallback;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    private record Cached(long version, Campaign campaign) {}

    /** @param fallback the campaign of the settings, in force while the database holds none */
    public CatalogInForce(Store store, Campaign fallback) {
        this.store = store;
        this.fallback = fallback;
    }

    @Override
    public Campaign current() {
        return store.inTransaction(this::current);
    }

    @Override
    public Campaign current(Tx tx) {
        OptionalLong version = tx.campaigns().version();
        if (version.isEmpty()) {
            return fallback;
        }
        Cached known = cached.get();
        if (known != null && known.version() == version.getAsLong()) {
            return known.campaign();
        }
        // Read after the version: if another change lands in between, this copy is newer than the
        // version it is kept under, and the next event simply loads again.
        Campaign loaded = tx.campaigns().load().orElse(fallback);
        cached.set(new Cached(version.getAsLong(), loaded));
        return loaded;
    }
}
