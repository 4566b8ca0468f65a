package org.relais.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.relais.core.port.Store;
import org.relais.core.port.StoreContract;

/**
 * The store contract on PostgreSQL, in a schema of this run's own, emptied before each test. Skipped
 * unless {@code RELAIS_TEST_POSTGRES_URL} is set.
 */
class PostgresStoreContractTest extends StoreContract {
    private static TestPostgres postgres;

    @BeforeAll
    static void createSchema() throws Exception {
        postgres = TestPostgres.createSchema();
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected Store newStore() throws Exception {
        JdbcStore store = JdbcStore.open(JdbcSettings.of(postgres.url()));
        postgres.clearTables();
        return store;
    }
}
