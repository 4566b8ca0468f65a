package org.relais.config;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.relais.config.campaign.CampaignFiles;
import org.relais.config.campaign.CampaignLoad;
import org.relais.config.stats.XChartPainter;
import org.relais.core.broadcast.BroadcastSettings;
import org.relais.core.campaign.Campaign;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.port.CampaignCatalog;
import org.relais.core.port.Store;
import org.relais.core.stats.ChartPainter;
import org.relais.store.jdbc.JdbcSettings;
import org.relais.store.jdbc.JdbcStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root's wiring: settings → store, campaign, clock, chart painter → engine. Only this module knows
 * every other one; the core sees its ports only.
 */
final class RelaisModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(RelaisModule.class);
    private final Settings settings;
    private final Set<ConversationKey> coordinators;

    /** @param alsoCoordinating people who coordinate besides those the settings name (the terminal's user) */
    RelaisModule(Settings settings, Set<ConversationKey> alsoCoordinating) {
        this.settings = settings;
        Set<ConversationKey> all = new HashSet<>(settings.coordinators());
        all.addAll(alsoCoordinating);
        this.coordinators = Set.copyOf(all);
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
     * An H2 file is opened by this process alone: a broadcast it was sending when it died is taken up
     * again at once. A database other instances may share (PostgreSQL, an H2 server) gives a dead
     * worker's claims two minutes before another instance takes them over.
     */
    @Provides
    @Singleton
    BroadcastSettings broadcastSettings() {
        boolean shared = settings.dbUrl().map(url -> !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:")).orElse(false);
        return BroadcastSettings.DEFAULTS.withLease(shared ? Duration.ofMinutes(2) : Duration.ZERO);
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

    /** Statistics charts, drawn with XChart (the core knows only the port). */
    @Provides
    @Singleton
    ChartPainter chartPainter() {
        return new XChartPainter();
    }

    @Provides
    @Singleton
    Engine engine(Store store, CampaignCatalog campaigns, Clock clock, ChartPainter painter) {
        return new Engine(RelaisDialog.create(painter), store, campaigns, clock, settings.language(),
                new Coordinators(coordinators));
    }

}
