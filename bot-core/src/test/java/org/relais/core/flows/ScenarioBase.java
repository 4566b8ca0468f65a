package org.relais.core.flows;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.relais.core.campaign.Campaign;
import org.relais.core.port.Store;
import org.relais.core.testing.ConversationDriver;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.ScenarioStores;
import org.relais.core.testing.TestCampaigns;

/**
 * What conversation scenarios share: a driver over a real store, on the test campaign, at a fixed
 * time. Each store module runs every scenario class on its own store (see InMemoryScenariosTest).
 */
public abstract class ScenarioBase {
    private final ScenarioStores stores;
    protected ConversationDriver driver;
    protected MutableClock clock;

    protected ScenarioBase(ScenarioStores stores) {
        this.stores = stores;
    }

    /** The campaign the store holds (once a coordinator changed one in the chat). */
    protected Optional<Campaign> storedCampaign() {
        return driver.store().inTransaction(tx -> tx.campaigns().load());
    }

    /** The store as a restarted process finds it. */
    protected Store reopen(Store store) {
        return stores.reopen(store);
    }

    @BeforeEach
    void setUpDriver() {
        clock = MutableClock.at(TestCampaigns.TODAY);
        driver = new ConversationDriver(stores.open(), TestCampaigns.standard(), clock);
    }

    @AfterEach
    void closeStore() throws Exception {
        stores.close(driver.store());
    }
}
