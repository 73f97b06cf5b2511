package org.warta.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.testkit.HostileRoutes;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * Hostile and broken servers end with a clear problem, within the timeouts, and without holding
 * more memory than the limits (allocation measured on the fetching thread, where decoding runs).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileResponsesTest {
  private static final long MIB = 1024 * 1024;
  private static final String XML = "application/rss+xml";

  @Test
  void aGzipBombStopsAtTheDecompressedLimitWithBoundedMemory() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback().withLimits(4 * MIB, MIB, 5))) {
      server.route("/bomb", HostileRoutes.gzipBomb(XML, 256 * MIB));

      long before = allocatedBytes();
      var result = fetcher.fetch(FetchRequest.feed(server.url("/bomb")));
      long allocated = allocatedBytes() - before;

      Problem problem = result.failure().orElseThrow();
      assertThat(problem.code()).isEqualTo("fetch.bomb");
      assertThat(problem.message()).contains("1048576 bytes").contains("compression bomb");
      assertThat(allocated).as("bytes allocated while fetching").isLessThan(32 * MIB);
    }
  }

  @Test
  void aDeflateBombIsCaughtToo() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback().withLimits(4 * MIB, MIB, 5))) {
      server.route("/bomb", HostileRoutes.deflateBomb(XML, 64 * MIB));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/bomb")));

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.bomb");
    }
  }

  @Test
  void anEndlessBodyStopsAtTheResponseLimit() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback().withLimits(2 * MIB, MIB, 5))) {
      server.route("/endless", HostileRoutes.endless(XML));

      long before = allocatedBytes();
      var result = fetcher.fetch(FetchRequest.feed(server.url("/endless")));
      long allocated = allocatedBytes() - before;

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.too-large");
      assertThat(allocated).isLessThan(32 * MIB);
    }
  }

  @Test
  void aSlowDripIsCutByTheTotalTimeout() {
    var settings =
        TestFetchers.loopback()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(settings)) {
      server.route("/drip", HostileRoutes.slowDrip(XML, "<rss>" + "x".repeat(500), ms(100)));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/drip")));

      Problem problem = result.failure().orElseThrow();
      assertThat(problem.code()).isEqualTo("fetch.timeout");
      assertThat(problem.message()).contains("did not answer within 1 s");
    }
  }

  @Test
  void aServerThatNeverSendsHeadersTimesOut() {
    var settings =
        TestFetchers.loopback()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(5));
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(settings)) {
      server.route("/stall", HostileRoutes.stallBeforeHeaders(Duration.ofSeconds(30)));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/stall")));

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.timeout");
    }
  }

  @Test
  void silenceAfterTheHeadersHitsTheReadTimeout() {
    var settings =
        TestFetchers.loopback()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(20));
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(settings)) {
      server.route("/silent", HostileRoutes.stallAfterHeaders(XML, Duration.ofSeconds(30)));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/silent")));

      Problem problem = result.failure().orElseThrow();
      assertThat(problem.code()).isEqualTo("fetch.timeout");
      assertThat(problem.message()).contains("within 500 ms");
    }
  }

  @Test
  void aRedirectLoopIsDetectedBeforeTheRedirectLimit() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      HostileRoutes.redirectLoop(server, "/a", "/b");

      var result = fetcher.fetch(FetchRequest.feed(server.url("/a")));

      Problem problem = result.failure().orElseThrow();
      assertThat(problem.code()).isEqualTo("fetch.redirect-loop");
      assertThat(problem.message()).contains(server.url("/a").toString());
      assertThat(server.count("/a")).isEqualTo(1);
      assertThat(server.count("/b")).isEqualTo(1);
    }
  }

  @Test
  void aLongRedirectChainStopsAtTheLimit() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback().withLimits(MIB, MIB, 3))) {
      for (int i = 0; i < 10; i++) {
        server.route("/r" + i, Respond.redirect(302, "/r" + (i + 1)));
      }

      var result = fetcher.fetch(FetchRequest.feed(server.url("/r0")));

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.too-many-redirects");
      assertThat(server.requests()).hasSize(4);
    }
  }

  @Test
  void aRedirectToAnotherSchemeIsRefused() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/ftp", Respond.redirect(302, "ftp://files.example/feed.xml"));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/ftp")));

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.bad-redirect");
    }
  }

  @Test
  void aBodyThatIsNotWhatItsEncodingSaysIsABadEncoding() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/fake-gzip", HostileRoutes.corruptEncoding(XML, "gzip"));
      server.route("/brotli", HostileRoutes.corruptEncoding(XML, "br"));

      var gzip = fetcher.fetch(FetchRequest.feed(server.url("/fake-gzip")));
      var brotli = fetcher.fetch(FetchRequest.feed(server.url("/brotli")));

      assertThat(gzip.failure().orElseThrow().code()).isEqualTo("fetch.bad-encoding");
      assertThat(brotli.failure().orElseThrow().code()).isEqualTo("fetch.bad-encoding");
      assertThat(brotli.failure().orElseThrow().message()).contains("br");
    }
  }

  @Test
  void aDeclaredContentLengthAboveTheLimitIsRefusedBeforeReading() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback().withLimits(1000, MIB, 5))) {
      server.route("/big", Respond.ok(XML, "x".repeat(5000)));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/big")));

      assertThat(result.failure().orElseThrow().code()).isEqualTo("fetch.too-large");
    }
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  private static long allocatedBytes() {
    var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    return bean.getCurrentThreadAllocatedBytes();
  }
}
