package org.warta.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.fetch.guard.AddressGuard;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/** Private and local addresses are refused unless allowlisted, on the first hop and every hop. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SsrfTest {
  private static final String XML = "application/rss+xml";

  /**
   * {@code localhost} → 127.0.0.1 only (the HTTP client resolves it the same way, IPv4 first), the
   * fictional {@code intranet.example} → 10.20.30.40; every other name is unknown.
   */
  private static final AddressGuard.Resolver INTRANET =
      host ->
          switch (host) {
            case "localhost" -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
            case "intranet.example" ->
                List.of(InetAddress.getByAddress(host, new byte[] {10, 20, 30, 40}));
            default -> throw new UnknownHostException(host);
          };

  @Test
  void privateAddressesAreRefusedWithoutAnyRequest() {
    try (var fetcher = fetcher(List.of(), Map.of())) {
      for (String url :
          List.of(
              "http://10.0.0.1/feed",
              "http://192.168.1.1/",
              "http://169.254.169.254/latest/meta-data/",
              "http://100.64.0.1/",
              "http://[::1]/",
              "http://[fd00::1]/",
              "http://[::ffff:127.0.0.1]/",
              "http://0.0.0.0/")) {
        var result = fetcher.fetch(FetchRequest.feed(URI.create(url)));

        assertThat(result).as(url).isInstanceOf(FetchResult.Blocked.class);
        assertThat(((FetchResult.Blocked) result).reason()).isEqualTo(BlockReason.SSRF);
        assertThat(result.failure().orElseThrow().message()).contains("WARTA_ALLOWED_HOSTS");
      }
    }
  }

  @Test
  void aHostNameResolvingToLoopbackIsRefusedUnlessAllowlisted() {
    try (var server = LoopbackServer.start()) {
      server.route("/rss", Respond.ok(XML, "<rss/>"));
      URI url = URI.create("http://localhost:" + server.port() + "/rss");

      try (var closed = fetcher(List.of(), Map.of())) {
        var result = closed.fetch(FetchRequest.feed(url));
        assertThat(((FetchResult.Blocked) result).reason()).isEqualTo(BlockReason.SSRF);
        assertThat(result.failure().orElseThrow().message()).contains("127.0.0.1 (loopback)");
      }
      assertThat(server.requests()).isEmpty();

      try (var byName = fetcher(List.of("localhost"), Map.of());
          var byCidr =
              fetcher(List.of(), Map.of("WARTA_ALLOWED_HOSTS", " 127.0.0.0/8 , x.example"))) {
        assertThat(byName.fetch(FetchRequest.feed(url))).isInstanceOf(FetchResult.Fetched.class);
        assertThat(byCidr.fetch(FetchRequest.feed(url).unconditional()))
            .isInstanceOf(FetchResult.Fetched.class);
      }
    }
  }

  @Test
  void everyRedirectHopIsCheckedAgain() {
    try (var server = LoopbackServer.start();
        var fetcher = fetcher(List.of("127.0.0.1"), Map.of())) {
      server.route("/rss", Respond.redirect(302, "http://10.1.2.3/admin"));
      server.route("/to-name", Respond.redirect(302, "http://intranet.example:1/"));

      var toPrivate = fetcher.fetch(FetchRequest.feed(server.url("/rss")));
      var toName = fetcher.fetch(FetchRequest.feed(server.url("/to-name")));

      assertThat(((FetchResult.Blocked) toPrivate).reason()).isEqualTo(BlockReason.SSRF);
      assertThat(toPrivate.failure().orElseThrow().message()).contains("10.1.2.3");
      assertThat(((FetchResult.Blocked) toName).reason()).isEqualTo(BlockReason.SSRF);
    }
  }

  @Test
  void anUnknownHostIsADnsProblem() {
    try (var fetcher = fetcher(List.of(), Map.of())) {
      var result = fetcher.fetch(FetchRequest.feed(URI.create("https://no-such-host.example/")));

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.dns");
    }
  }

  @Test
  void aMalformedAllowlistFailsAtStartupNamingTheEntry() {
    var settings = FetcherSettings.defaults();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> settings.withAllowedHosts(List.of("intranet.example", "10.0.0.0/33")))
        .hasMessageContaining("10.0.0.0/33");
  }

  private static Fetcher fetcher(List<String> allowed, Map<String, String> environment) {
    return Fetcher.builder(TestFetchers.loopback().withAllowedHosts(allowed))
        .environment(environment)
        .resolver(INTRANET)
        .clock(InstantSource.system())
        .build();
  }
}
