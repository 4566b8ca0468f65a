package org.relais.core.flows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.relais.core.port.Store;
import org.relais.core.testing.ConversationDriver;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.TestCampaigns;

/**
 * What conversation scenarios share: a driver over a real store, on the test campaign, at a fixed
 * time. Each store module runs every scenario class on its own implementation.
 */
public abstract class ScenarioBase {
    protected ConversationDriver driver;
    protected MutableClock clock;

    /** An empty store; called once per test. */
    protected abstract Store newStore();

    /** The store as a restarted process finds it: a database is closed and opened again on its file. */
    protected Store reopen(Store store) {
        return store;
    }

    /** Stores that hold resources (a pool, a database file) are closed after each test. */
    @AfterEach
    void closeStore() throws Exception {
        if (driver.store() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @BeforeEach
    void setUpDriver() {
        clock = MutableClock.at(TestCampaigns.TODAY);
        driver = new ConversationDriver(newStore(), TestCampaigns.standard(), clock);
    }
}
