package org.relais.store.jdbc.scenarios;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.flows.NavigationScenarios;
import org.relais.core.port.Store;

/** The navigation conversation scenarios on an H2 file database. */
class H2NavigationTest extends NavigationScenarios {
    @TempDir
    Path dir;

    @Override
    protected Store newStore() {
        return H2Stores.open(dir);
    }

    @Override
    protected Store reopen(Store store) {
        return H2Stores.reopen(store, dir);
    }
}
