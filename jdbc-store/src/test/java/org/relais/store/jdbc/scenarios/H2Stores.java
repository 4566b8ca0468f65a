package org.relais.store.jdbc.scenarios;

import java.nio.file.Path;
import org.relais.core.port.Store;
import org.relais.store.jdbc.JdbcSettings;
import org.relais.store.jdbc.JdbcStore;

/** Opens the conversation scenarios' stores on a real H2 file, and reopens them as a restart would. */
final class H2Stores {
    private H2Stores() {}

    static Store open(Path dir) {
        return JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath()));
    }

    /** Closes the store (the file is released) and opens a new one on the same file. */
    static Store reopen(Store store, Path dir) {
        ((JdbcStore) store).close();
        return open(dir);
    }
}
