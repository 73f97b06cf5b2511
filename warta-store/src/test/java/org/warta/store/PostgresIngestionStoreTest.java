package org.warta.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The ingestion contract on a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresIngestionStoreTest extends IngestionStoreContract {
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
}
