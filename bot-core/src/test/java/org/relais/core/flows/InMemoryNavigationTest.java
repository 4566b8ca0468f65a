package org.relais.core.flows;

import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.Store;

class InMemoryNavigationTest extends NavigationScenarios {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
