package org.relais.store.jdbc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in. It knows its secrets (the password, and any password
 * parameter inside the URL) so that it can keep them out of every message: {@link #toString()},
 * {@link #safeUrl()} and {@link #scrub(String)} never show them.
 *
 * @param url a JDBC URL ({@code jdbc:h2:file:…} or {@code jdbc:postgresql://…})
 * @param user the user name, when not in the URL
 * @param password the password, when not in the URL
 * @param poolSize how many connections the pool keeps at most
 */
public record JdbcSettings(String url, Optional<String> user, Optional<String> password, int poolSize) {

    /** The embedded default: an H2 file under {@code ./relais-data/} (H2 refuses a bare relative name). */
    public static final String DEFAULT_H2_URL = "jdbc:h2:file:./relais-data/relais";

    private static final int DEFAULT_POOL_SIZE = 10;
    /** {@code password=…} in a query string ({@code ?&}) or in H2's settings ({@code ;}). */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;]password=)([^&;]*)");
    /** {@code //user:password@host}. */
    private static final Pattern URL_USER_INFO = Pattern.compile("//([^/@:]*):([^/@]*)@");

    public JdbcSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL starts with jdbc: (" + safe(url) + ")");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
    }

    /** A URL that carries any credentials itself, or needs none (H2). */
    public static JdbcSettings of(String url) {
        return new JdbcSettings(url, Optional.empty(), Optional.empty(), DEFAULT_POOL_SIZE);
    }

    public static JdbcSettings of(String url, String user, String password) {
        return new JdbcSettings(url, Optional.ofNullable(user).filter(u -> !u.isEmpty()),
                Optional.ofNullable(password).filter(p -> !p.isEmpty()), DEFAULT_POOL_SIZE);
    }

    /** The embedded H2 database in {@code ./relais-data/}. */
    public static JdbcSettings h2Default() {
        return of(DEFAULT_H2_URL);
    }

    JdbcSettings withUrl(String otherUrl) {
        return new JdbcSettings(otherUrl, user, password, poolSize);
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** Where an embedded H2 database keeps its file, so other local data can live beside it; empty otherwise. */
    public Optional<Path> embeddedDirectory() {
        return H2Files.directory(url);
    }

    /** The URL with any password in it masked: fit for a log line or an error message. */
    public String safeUrl() {
        return safe(url);
    }

    /** {@code text} with every secret of these settings masked. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets()) {
            out = out.replace(secret, "***");
        }
        return safe(out);
    }

    boolean revealsSecrets(String text) {
        return text != null && !scrub(text).equals(text);
    }

    private List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        password.ifPresent(secrets::add);
        collect(URL_PASSWORD.matcher(url), secrets);
        collect(URL_USER_INFO.matcher(url), secrets);
        return secrets;
    }

    private static void collect(Matcher matcher, List<String> into) {
        while (matcher.find()) {
            if (!matcher.group(2).isEmpty()) {
                into.add(matcher.group(2));
            }
        }
    }

    private static String safe(String text) {
        String masked = URL_PASSWORD.matcher(text).replaceAll("$1***");
        return URL_USER_INFO.matcher(masked).replaceAll("//$1:***@");
    }

    @Override
    public String toString() {
        return "JdbcSettings[url=" + safeUrl() + ", user=" + user.orElse("(none)")
                + ", password=" + (password.isPresent() ? "***" : "(none)") + ", poolSize=" + poolSize + "]";
    }
}
