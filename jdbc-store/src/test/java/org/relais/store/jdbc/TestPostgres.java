package org.relais.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL schema of its own for one test class, on the server named by
 * {@code RELAIS_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}):
 * parallel and repeated runs never see each other's tables.
 */
final class TestPostgres implements AutoCloseable {
    static final String VARIABLE = "RELAIS_TEST_POSTGRES_URL";

    private final String serverUrl;
    private final String schema = "relais_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    private TestPostgres(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    /** Creates the schema; skips the calling tests when no server is configured. */
    static TestPostgres createSchema() throws SQLException {
        String url = System.getenv(VARIABLE);
        assumeTrue(url != null && !url.isBlank(), VARIABLE + " is not set: PostgreSQL contract tests skipped");
        TestPostgres postgres = new TestPostgres(url);
        postgres.execute("CREATE SCHEMA " + postgres.schema);
        return postgres;
    }

    /** The server URL with this schema as the current one: Flyway migrates into it, the store uses it. */
    String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Empties every table of the store, keeping the schema and Flyway's history; tables added later included. */
    void clearTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(serverUrl);
                ResultSet rows = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!table.equals("flyway_schema_history")) {
                    tables.add(schema + "." + table);
                }
            }
        }
        execute("TRUNCATE " + String.join(", ", tables));
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
