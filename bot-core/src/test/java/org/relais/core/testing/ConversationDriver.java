package org.relais.core.testing;

import java.time.Clock;
import java.util.Optional;
import org.relais.core.campaign.Campaign;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.port.Store;
import org.relais.core.stats.ChartPainter;

/**
 * Drives the real engine and dialog over a real store, as Bot Framework's TestFlow does: tests open
 * a {@link Chat} per user and script it (send, press, expect).
 */
public final class ConversationDriver {
    public static final String PLATFORM = "test";

    private Store store;
    private final Clock clock;
    private Campaign campaign;
    private Engine engine;
    private long deliveries;
    private Coordinators coordinators = Coordinators.none();
    private Optional<ChartPainter> painter = Optional.empty();

    public ConversationDriver(Store store, Campaign campaign, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.campaign = campaign;
        this.engine = newEngine();
    }

    /** The campaign in force as in production: the store's once it holds one, else the test campaign. */
    private Engine newEngine() {
        return new Engine(painter.map(RelaisDialog::create).orElseGet(RelaisDialog::create), store,
                new CatalogInForce(store, campaign), clock, Language.FR, coordinators);
    }

    /** A user whose platform says nothing of their language. */
    public Chat user(String id) {
        return new Chat(this, id, null);
    }

    public Chat user(String id, String languageHint) {
        return new Chat(this, id, languageHint);
    }

    /** A user of another platform ({@code telegram}, {@code slack}), as coordinators name them. */
    public Chat userOn(String platform, String id, String languageHint) {
        return new Chat(this, new ConversationKey(platform, id), languageHint);
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

    /** Names these users coordinators, as {@code RELAIS_COORDINATORS} does (the engine is rebuilt). */
    /** These people coordinate, on any platform (the terminal's person, a Telegram id…). */
    public void nameCoordinators(ConversationKey... people) {
        coordinators = new Coordinators(java.util.Set.of(people));
        engine = newEngine();
    }

    public void nameCoordinators(String... userIds) {
        coordinators = new Coordinators(java.util.Arrays.stream(userIds).map(id -> new ConversationKey(PLATFORM, id))
                .collect(java.util.stream.Collectors.toSet()));
        engine = newEngine();
    }

    /** Statistics come with a chart drawn by {@code chartPainter} (the engine is rebuilt). */
    public void usePainter(ChartPainter chartPainter) {
        painter = Optional.of(chartPainter);
        engine = newEngine();
    }

    /** The bot's membership of a group changed ({@code member}, {@code administrator}, {@code left}…). */
    public void membership(String platform, String chatId, String chatType, String title, String status) {
        Origin origin = new Origin(new ConversationKey(platform, "admin"), chatId, Optional.empty(), nextDeliveryId());
        engine.handle(new Event.Membership(origin, chatType, title, status));
    }

    /** The campaign of the settings from now on (in force while the store holds none). */
    public void useCampaign(Campaign campaign) {
        this.campaign = campaign;
        engine = newEngine();
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
