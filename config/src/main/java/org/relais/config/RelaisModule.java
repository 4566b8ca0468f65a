package org.relais.config;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.relais.config.campaign.CampaignFiles;
import org.relais.config.campaign.CampaignLoad;
import org.relais.core.campaign.Campaign;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.port.CampaignCatalog;
import org.relais.core.port.Store;
import org.relais.store.jdbc.JdbcSettings;
import org.relais.store.jdbc.JdbcStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root's wiring: settings → store, campaign, clock → engine. Only this module knows
 * every other one; the core sees its ports only.
 */
final class RelaisModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(RelaisModule.class);
    private final Settings settings;

    RelaisModule(Settings settings) {
        this.settings = settings;
    }

    @Provides
    Settings settings() {
        return settings;
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The embedded H2 file by default; several instances share one PostgreSQL database. */
    @Provides
    @Singleton
    JdbcStore jdbcStore() {
        return JdbcStore.open(jdbc(settings));
    }

    static JdbcSettings jdbc(Settings settings) {
        return settings.dbUrl()
                .map(url -> JdbcSettings.of(url, settings.dbUser().orElse(null), settings.dbPassword().orElse(null)))
                .orElseGet(JdbcSettings::h2Default);
    }

    @Provides
    Store store(JdbcStore store) {
        return store;
    }

    /**
     * The campaign file, or the bundled one, in force while the database holds no campaign; an
     * invalid campaign stops start-up with every problem.
     */
    @Provides
    @Singleton
    Campaign campaign() {
        CampaignLoad load = settings.campaign().map(CampaignFiles::load).orElseGet(CampaignFiles::loadBundled);
        return load.campaignOrThrow(settings.language());
    }

    @Provides
    @Singleton
    CampaignCatalog campaigns(Store store, Campaign campaign) {
        if (settings.campaign().isPresent() && store.inTransaction(tx -> tx.campaigns().version()).isPresent()) {
            LOG.warn("the database holds a campaign (imported, or changed in the chat): it is the one in force, not {};"
                    + " relais campaign import FILE replaces it", settings.campaign().get());
        }
        return new CatalogInForce(store, campaign);
    }

    @Provides
    @Singleton
    Engine engine(Store store, CampaignCatalog campaigns, Clock clock) {
        return new Engine(RelaisDialog.create(), store, campaigns, clock, settings.language(),
                new Coordinators(settings.coordinators()));
    }
}
