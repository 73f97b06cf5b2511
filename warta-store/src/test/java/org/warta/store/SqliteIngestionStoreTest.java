package org.warta.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ingestion contract on the embedded SQLite database. */
class SqliteIngestionStoreTest extends IngestionStoreContract {
  @TempDir Path dataDir;

  @Override
  Store openEmptyStore() {
    return Store.open(DatabaseUrl.sqliteIn(dataDir));
  }
}
