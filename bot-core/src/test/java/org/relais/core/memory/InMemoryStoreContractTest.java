package org.relais.core.memory;

import org.relais.core.port.Store;
import org.relais.core.port.StoreContract;

/** The store contract on {@link InMemoryStore}, the reference the JDBC stores are held to. */
class InMemoryStoreContractTest extends StoreContract {

    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }

    /** InMemoryStore serialises transactions with one lock: two are never open at once. */
    @Override
    public boolean transactionsOverlap() {
        return false;
    }
}
