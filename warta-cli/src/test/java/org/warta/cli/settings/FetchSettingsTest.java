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
import org.warta.fetch.polling.PollInput;
import org.warta.fetch.polling.PollPlan;
import org.warta.fetch.polling.PollingPolicy;
import org.warta.fetch.polling.PollingSettings;

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
    assertThat(org.warta.cli.App.pollingSettings(s)).isEqualTo(PollingSettings.defaults());
  }

  @Test
  void adaptivePollingBoundsAreConfigurable() {
    Settings s = load(Map.of("WARTA_POLL_MIN_INTERVAL", "45m", "WARTA_POLL_MAX_INTERVAL", "2d"));
    assertThat(s.pollMinInterval()).isEqualTo(Duration.ofMinutes(45));
    assertThat(s.pollMaxInterval()).isEqualTo(Duration.ofDays(2));
    PollingSettings polling = org.warta.cli.App.pollingSettings(s);
    assertThat(polling.minInterval()).isEqualTo(Duration.ofMinutes(45));
    assertThat(polling.maxInterval()).isEqualTo(Duration.ofDays(2));
    assertThat(polling.defaultInterval())
        .as("the interval for a source of unknown rate moves inside the bounds")
        .isEqualTo(Duration.ofMinutes(45));
    PollingPolicy policy = new PollingPolicy(polling, new java.util.Random(3));
    java.time.Instant now = java.time.Instant.parse("2026-11-29T08:00:00Z");
    for (int gapMinutes : new int[] {1, 20, 600, 10_000}) {
      java.util.List<java.time.Instant> items = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        items.add(now.minus(Duration.ofMinutes((long) gapMinutes * i)));
      }
      PollPlan plan = policy.plan(PollInput.success(now, items));
      assertThat(plan.interval())
          .as("items every " + gapMinutes + " min")
          .isBetween(Duration.ofMinutes(45), Duration.ofDays(2));
    }
    Settings quick =
        load(Map.of("WARTA_POLL_MIN_INTERVAL", "90s", "WARTA_POLL_MAX_INTERVAL", "10m"));
    assertThat(org.warta.cli.App.pollingSettings(quick).defaultInterval())
        .isEqualTo(Duration.ofMinutes(10));
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
    assertThat(org.warta.cli.ServeCommand.webSettings(s).publicUrl())
        .as("the site's links and the feeds built ahead use it too, not only WebSub")
        .contains(URI.create("https://kabar.example/warta/"));
    assertThat(org.warta.cli.ServeCommand.webSettings(load(Map.of())).publicUrl()).isEmpty();
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
    assertThatThrownBy(() -> load(Map.of("WARTA_POLL_MIN_INTERVAL", "sering")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("fetch.poll-min-interval (WARTA_POLL_MIN_INTERVAL)");
    assertThatThrownBy(() -> load(Map.of("WARTA_POLL_MAX_INTERVAL", "30d")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("fetch.poll-max-interval (WARTA_POLL_MAX_INTERVAL)");
    assertThatThrownBy(
            () -> load(Map.of("WARTA_POLL_MIN_INTERVAL", "2h", "WARTA_POLL_MAX_INTERVAL", "1h")))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("must not be below fetch.poll-min-interval");
  }
}
