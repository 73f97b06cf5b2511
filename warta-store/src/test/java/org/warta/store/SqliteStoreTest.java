package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite database, plus what is SQLite-specific. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dataDir;

  @Override
  Store openEmptyStore() {
    return Store.open(DatabaseUrl.sqliteIn(dataDir));
  }

  @Test
  void keepsOneDatabaseFileInWalModeInTheDataFolder() throws Exception {
    assertThat(dataDir.resolve("warta.db")).exists();
    try (var c = java.sql.DriverManager.getConnection(store.url().jdbcUrl());
        var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void reopeningKeepsWhatWasStored() {
    kabar();
    store.close();
    store = openEmptyStore();
    assertThat(store.sources().list()).hasSize(1);
  }

  @Test
  void anUnusableDataFolderIsAClearError(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Store.open(DatabaseUrl.sqliteIn(file.resolve("sub"))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not-a-folder");
  }
}
