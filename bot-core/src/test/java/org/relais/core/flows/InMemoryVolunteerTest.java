package org.relais.core.flows;

import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.Store;

class InMemoryVolunteerTest extends VolunteerScenarios {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
