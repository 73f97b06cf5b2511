package org.warta.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.cli.UserError;

/**
 * The fetch settings of issue 4: politeness delay, contact URL in the default User-Agent, the
 * public URL for WebSub callbacks; bad values stop Warta with a message naming the key.
 */
class FetchSettingsTest {
  static final Path HOME = Path.of("/opt/warta");

  static Settings load(Map<String, String> env) {
    return SettingsLoader.load(HOME, Optional.empty(), Optional.empty(), env);
  }

  @Test
  void defaultsArePolite() {
    Settings s = load(Map.of());
    assertThat(s.politenessDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.userAgent()).startsWith("Warta/").endsWith("(+https://github.com/warta/warta)");
    assertThat(s.publicUrl()).isEmpty();
  }

  @Test
  void environmentVariablesSetThem() {
    Settings s =
        load(
            Map.of(
                "WARTA_POLITENESS_DELAY", "25",
                "WARTA_CONTACT_URL", "https://kabar.example/kontak",
                "WARTA_PUBLIC_URL", "https://kabar.example/warta/"));
    assertThat(s.politenessDelay()).isEqualTo(Duration.ofMillis(25));
    assertThat(s.userAgent()).endsWith("(+https://kabar.example/kontak)");
    assertThat(s.publicUrl()).contains(URI.create("https://kabar.example/warta/"));
    assertThat(load(Map.of("WARTA_USER_AGENT", "Kabar/2.0", "WARTA_CONTACT_URL", "x")).userAgent())
        .as("an explicit User-Agent wins")
        .isEqualTo("Kabar/2.0");
  }

  @Test
  void badValuesNameTheirKey() {
    assertThatThrownBy(() -> load(Map.of("WARTA_POLITENESS_DELAY", "sebentar")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("fetch.politeness-delay (WARTA_POLITENESS_DELAY)");
    assertThatThrownBy(() -> load(Map.of("WARTA_PUBLIC_URL", "warta.local")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("server.public-url (WARTA_PUBLIC_URL)");
    assertThatThrownBy(() -> load(Map.of("WARTA_USER_AGENT", "tanpa garis miring")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("fetch.user-agent");
  }
}
