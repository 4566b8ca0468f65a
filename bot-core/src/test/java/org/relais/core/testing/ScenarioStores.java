package org.relais.core.testing;

import org.relais.core.port.Store;

/** How the conversation scenarios get their store: each store module supplies its own. */
public interface ScenarioStores {

    /** An empty store for one test. */
    Store open();

    /** The store as a restarted process finds it: a database is closed and opened again on its data. */
    default Store reopen(Store store) {
        return store;
    }

    /** After the test: release what the store holds (a pool, a file). */
    default void close(Store store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
