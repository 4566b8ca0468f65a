package org.relais.core.port;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Every store contract suite at once. A store implementation's test extends this class and says how
 * to make an empty store; each test gets a new one, closed after it when it is {@link AutoCloseable}.
 * The in-memory store and the JDBC stores (H2, PostgreSQL) run the same tests, so the engine can rely
 * on the port's javadoc whichever store is configured.
 */
public abstract class StoreContract implements ConversationContract, ProgressContract, CompletionContract, StatisticsContract,
        DeliveryLogContract, CountersContract, ChatDirectoryContract, CoordinationContract, BroadcastContract, RollbackContract,
        ConcurrencyContract, CampaignStoreContract {

    private Store store;

    /** A new store holding nothing. */
    protected abstract Store newStore() throws Exception;

    @Override
    public final Store store() {
        return store;
    }

    @BeforeEach
    final void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    final void closeStore() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
