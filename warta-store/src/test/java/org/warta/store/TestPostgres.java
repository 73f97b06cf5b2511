package org.warta.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use: {@code WARTA_TEST_POSTGRES_URL} or the local default. Each
 * caller gets a fresh schema (the URL's {@code currentSchema}), dropped by {@link #dropAll()}.
 * Outside CI an unreachable server skips the test with a message saying how to enable it; under
 * {@code CI=true} it fails.
 */
public final class TestPostgres {
  /** Where tests look for a server when {@code WARTA_TEST_POSTGRES_URL} is not set. */
  public static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

  private final String baseUrl;
  private final List<String> schemas = new ArrayList<>();

  private TestPostgres(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The configured server; skips (or fails under CI) when it cannot be reached. */
  public static TestPostgres require() {
    String env = System.getenv("WARTA_TEST_POSTGRES_URL");
    String url = env == null || env.isBlank() ? DEFAULT_URL : env.strip();
    try (Connection c = connect(url)) {
      c.isValid(5);
    } catch (SQLException e) {
      String message =
          "no PostgreSQL server at "
              + DatabaseUrl.parse(url).redacted()
              + " ("
              + e.getMessage()
              + "); start one (e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start) or set"
              + " WARTA_TEST_POSTGRES_URL=jdbc:postgresql://<host>:<port>/<db>?user=<user>";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("CI=true: " + message, e);
      }
      Assumptions.abort(message);
    }
    return new TestPostgres(url);
  }

  private static Connection connect(String url) throws SQLException {
    Properties p = new Properties();
    p.setProperty("connectTimeout", "5");
    p.setProperty("loginTimeout", "5");
    return DriverManager.getConnection(url, p);
  }

  /** Creates an empty schema and returns a URL whose default schema it is. */
  public synchronized DatabaseUrl freshSchema() {
    String schema =
        "warta_test_"
            + Long.toString(System.nanoTime(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
    schema = schema.toLowerCase(Locale.ROOT);
    execute("CREATE SCHEMA " + schema);
    schemas.add(schema);
    String sep = baseUrl.contains("?") ? "&" : "?";
    return DatabaseUrl.parse(baseUrl + sep + "currentSchema=" + schema);
  }

  /** Drops every schema this instance created. */
  public synchronized void dropAll() {
    for (String s : schemas) {
      execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
    }
    schemas.clear();
  }

  /** A connection of its own to the server (not to a test schema). */
  public Connection connection() throws SQLException {
    return connect(baseUrl);
  }

  private void execute(String sql) {
    try (Connection c = connect(baseUrl);
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
