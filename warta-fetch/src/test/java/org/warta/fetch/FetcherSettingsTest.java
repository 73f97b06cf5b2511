package org.warta.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FetcherSettingsTest {

  @Test
  void defaultsIdentifyWartaAndArePolite() {
    var d = FetcherSettings.defaults();

    assertThat(d.userAgent()).matches("Warta/\\S+ \\(\\+https://.+\\)");
    assertThat(d.productToken()).isEqualTo("Warta");
    assertThat(d.perOriginConcurrency()).isEqualTo(2);
    assertThat(d.robotsCacheTtl()).isLessThanOrEqualTo(Duration.ofHours(24));
    assertThat(d.allowedHosts()).isEmpty();
  }

  @Test
  void invalidValuesFailNamingTheKey() {
    var d = FetcherSettings.defaults();

    assertThatThrownBy(() -> d.withPoliteness(0, Duration.ZERO))
        .hasMessageContaining("perOriginConcurrency");
    assertThatThrownBy(
            () -> d.withTimeouts(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> d.withLimits(0, 1, 1)).hasMessageContaining("maxResponseBytes");
    assertThatThrownBy(() -> d.withLimits(1, 1, 99)).hasMessageContaining("maxRedirects");
    assertThatThrownBy(() -> d.withUserAgent("no product token")).hasMessageContaining("userAgent");
    assertThatThrownBy(() -> d.withUserAgent("Warta/1\r\nX-Evil: 1"))
        .hasMessageContaining("control");
  }

  @Test
  void theEnvironmentAddsAllowedHosts() {
    var settings =
        FetcherSettings.defaults()
            .withAllowedHosts(List.of("intranet.example"))
            .withEnvironment(
                Map.of("WARTA_ALLOWED_HOSTS", " 10.0.0.0/8,, intranet.example ,*.lan.example"));

    assertThat(settings.allowedHosts())
        .containsExactly("intranet.example", "10.0.0.0/8", "*.lan.example");
  }

  @Test
  void aBadEnvironmentEntryFailsAtStartup() {
    assertThatThrownBy(
            () ->
                FetcherSettings.defaults()
                    .withEnvironment(Map.of("WARTA_ALLOWED_HOSTS", "10.0.0.0/99")))
        .hasMessageContaining("10.0.0.0/99");
  }

  @Property
  void theUrlKeyIsIdempotentAndIgnoresCaseDefaultPortAndFragment(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String host,
      @ForAll @AlphaChars @StringLength(max = 12) String path,
      @ForAll @IntRange(min = 1, max = 65_535) int port) {
    URI url = URI.create("HTTP://" + host + ".Example:" + port + "/" + path + "?a=1#frag");
    String key = UrlState.keyOf(url);

    assertThat(UrlState.keyOf(URI.create(key))).isEqualTo(key);
    assertThat(key)
        .doesNotContain("#")
        .startsWith("http://" + host.toLowerCase(java.util.Locale.ROOT));
    assertThat(UrlState.keyOf(URI.create("https://a.example:443/x")))
        .isEqualTo("https://a.example/x");
  }
}
