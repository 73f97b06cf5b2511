package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;

/**
 * The store contract on a real PostgreSQL server (see {@link TestPostgres}: {@code
 * WARTA_TEST_POSTGRES_URL}, default {@value TestPostgres#DEFAULT_URL}), one fresh schema per test.
 */
class PostgresStoreTest extends StoreContract {
  static TestPostgres server;

  @BeforeAll
  static void server() {
    server = TestPostgres.require();
  }

  @AfterAll
  static void dropSchemas() {
    if (server != null) {
      server.dropAll();
    }
  }

  @Override
  Store openEmptyStore() {
    return Store.open(server.freshSchema());
  }

  @Test
  void keepsItsTablesInTheSchemaOfTheUrl() throws Exception {
    String url = store.url().jdbcUrl();
    String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
    try (var c = DriverManager.getConnection(url);
        var ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_name IN ('article', 'source', 'story')")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(3);
      }
    }
  }

  @Test
  void reopeningKeepsWhatWasStored() {
    kabar();
    DatabaseUrl url = store.url();
    store.close();
    store = Store.open(url);
    assertThat(store.sources().list()).hasSize(1);
  }

  @Test
  void keepsNoMoreConnectionsThanItsPoolSize() throws Exception {
    String app = "warta_pool_" + Long.toString(System.nanoTime(), 36);
    DatabaseUrl url = DatabaseUrl.parse(server.freshSchema().jdbcUrl() + "&ApplicationName=" + app);
    try (Store two = Store.open(url, 2)) {
      two.sources()
          .add(
              NewSource.of(
                  "Kabar Nusa", URI.create("https://kabarnusa.example/rss.xml"), SourceKind.FEED));
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        var reads = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < 8; t++) {
          reads.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 200; i++) {
                      assertThat(two.sources().list()).hasSize(1);
                    }
                  }));
        }
        for (var r : reads) {
          r.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(connectionsNamed(app))
          .as("eight threads reading at once share the two pooled connections")
          .isEqualTo(2);
    }
  }

  private static int connectionsNamed(String app) throws Exception {
    try (var c = server.connection();
        var ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
      ps.setString(1, app);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
