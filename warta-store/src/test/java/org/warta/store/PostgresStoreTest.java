package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
