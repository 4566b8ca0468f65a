package org.relais.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.relais.core.port.StoreException;

/**
 * Makes an embedded H2 file URL safe to run the bot on.
 *
 * <p><b>Why {@code WRITE_DELAY=0}:</b> by default H2 keeps committed transactions in memory and
 * writes them to the file up to half a second later. A process killed in between ({@code kill -9},
 * out of memory, a container stopped hard) loses them although {@code commit()} returned: measured
 * here, 50 committed rows then a crash gave an empty database. The bot sends its replies only after
 * the commit, so a lost commit means a volunteer told "done" about a step the bot then forgets.
 * {@code WRITE_DELAY=0} writes each commit to the file before {@code commit()} returns (the operating
 * system keeps it when the process dies), at the cost of throughput: ~10k single-row commits/s instead
 * of ~200k, far above what a chat bot needs. A URL that sets {@code WRITE_DELAY} itself is kept as is.
 *
 * <p>It also creates the database's directory ({@code ./relais-data/}) when missing.
 */
final class H2Files {
    private static final String PREFIX = "jdbc:h2:";

    private H2Files() {}

    /** The URL to open: unchanged unless it is an embedded H2 file database. */
    static String durable(String url) {
        Optional<String> path = filePath(url);
        if (path.isEmpty()) {
            return url;
        }
        createParentDirectory(path.get());
        return setsWriteDelay(url) ? url : url + ";WRITE_DELAY=0";
    }

    /** The file path of an embedded H2 file database; empty for other databases, memory or a server. */
    static Optional<String> filePath(String url) {
        if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            return Optional.empty();
        }
        if (lower.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int settings = rest.indexOf(';');
        return Optional.of(settings < 0 ? rest : rest.substring(0, settings));
    }

    private static boolean setsWriteDelay(String url) {
        return Arrays.stream(url.split(";")).skip(1)
                .anyMatch(setting -> setting.strip().toUpperCase(Locale.ROOT).startsWith("WRITE_DELAY="));
    }

    /** The directory an embedded H2 file database lives in ({@code ~} expanded); empty for other databases. */
    static Optional<Path> directory(String url) {
        return filePath(url).map(H2Files::parent);
    }

    private static Path parent(String path) {
        String expanded = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
        return Path.of(expanded).toAbsolutePath().getParent();
    }

    private static void createParentDirectory(String path) {
        Path parent = parent(path);
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("Cannot create the database directory " + parent + ": " + e, e);
        }
    }
}
