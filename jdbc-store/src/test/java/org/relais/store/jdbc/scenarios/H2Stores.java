package org.relais.store.jdbc.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.relais.core.port.Store;
import org.relais.core.testing.ScenarioStores;
import org.relais.store.jdbc.JdbcSettings;
import org.relais.store.jdbc.JdbcStore;

/** The conversation scenarios' stores on real H2 files, reopened as a restart would, deleted after. */
final class H2Stores implements ScenarioStores {
    private final Map<Store, Path> files = new HashMap<>();

    @Override
    public Store open() {
        try {
            return open(Files.createTempDirectory("relais-scenario"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Store open(Path dir) {
        Store store = JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath()));
        files.put(store, dir);
        return store;
    }

    /** Closes the store (the file is released) and opens a new one on the same file. */
    @Override
    public Store reopen(Store store) {
        ((JdbcStore) store).close();
        return open(files.remove(store));
    }

    @Override
    public void close(Store store) throws IOException {
        ((JdbcStore) store).close();
        try (Stream<Path> walk = Files.walk(files.remove(store))) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
