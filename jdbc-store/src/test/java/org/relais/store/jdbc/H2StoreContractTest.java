package org.relais.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.port.Store;
import org.relais.core.port.StoreContract;

/** The store contract on an embedded H2 file database, a new file for each test. */
class H2StoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store newStore() {
        return JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath()));
    }
}
