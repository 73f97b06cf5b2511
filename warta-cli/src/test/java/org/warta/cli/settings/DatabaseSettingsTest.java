package org.warta.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.cli.UserError;

/** Which database a Warta installation uses and how many connections it keeps to it. */
class DatabaseSettingsTest {
  static Settings load(Map<String, String> env) {
    return SettingsLoader.load(Path.of("/opt/warta"), Optional.empty(), Optional.empty(), env);
  }

  @Test
  void withoutSettingsTheStoreIsTheEmbeddedFileWithItsDefaultPool() {
    Settings s = load(Map.of());
    assertThat(s.databaseUrl()).isEmpty();
    assertThat(s.databaseConnections()).isEmpty();
  }

  @Test
  void thePoolSizeComesFromTheEnvironment() {
    Settings s =
        load(
            Map.of(
                "WARTA_DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:5432/warta?user=warta",
                "WARTA_DATABASE_POOL_SIZE",
                "6"));
    assertThat(s.databaseConnections()).contains(6);
  }

  @Test
  void aPoolSizeThatIsNoPositiveNumberStopsWartaNamingTheSetting() {
    for (String bad : new String[] {"0", "-3", "many", "1e3"}) {
      assertThatThrownBy(() -> load(Map.of("WARTA_DATABASE_POOL_SIZE", bad)))
          .as(bad)
          .isInstanceOf(UserError.class)
          .hasMessageContaining("database.pool-size (WARTA_DATABASE_POOL_SIZE)")
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
