package org.relais.core.testing;

import java.time.Clock;
import org.relais.core.campaign.Campaign;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.port.CampaignCatalog;
import org.relais.core.port.Store;

/**
 * Drives the real engine and dialog over a real store, as Bot Framework's TestFlow does: tests open
 * a {@link Chat} per user and script it (send, press, expect).
 */
public final class ConversationDriver {
    public static final String PLATFORM = "test";

    private Store store;
    private final Clock clock;
    private CampaignCatalog campaigns;
    private Engine engine;
    private long deliveries;

    public ConversationDriver(Store store, Campaign campaign, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.campaigns = () -> campaign;
        this.engine = newEngine();
    }

    private Engine newEngine() {
        return new Engine(RelaisDialog.create(), store, () -> campaigns.current(), clock, Language.FR);
    }

    /** A user whose platform says nothing of their language. */
    public Chat user(String id) {
        return new Chat(this, id, null);
    }

    public Chat user(String id, String languageHint) {
        return new Chat(this, id, languageHint);
    }

    /** As after a restart: a new engine on the same store. */
    public void restart() {
        engine = newEngine();
    }

    /** As after a restart of the process: a new engine on the store reopened on the same data. */
    public void restart(Store reopened) {
        store = reopened;
        engine = newEngine();
    }

    public void useCampaign(Campaign campaign) {
        this.campaigns = () -> campaign;
    }

    public Engine engine() {
        return engine;
    }

    public Store store() {
        return store;
    }

    synchronized String nextDeliveryId() {
        return "d" + (++deliveries);
    }
}
