package org.warta.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.fetch.robots.RobotsRules;
import org.warta.testkit.HostileRoutes;
import org.warta.testkit.InFlightProbe;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/** robots.txt is obeyed for pages and sitemaps, and origins are never hammered. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RobotsAndPolitenessTest {
  private static final String HTML = "text/html; charset=utf-8";

  @Test
  void disallowedUrlsAreNeverRequested() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/robots.txt", HostileRoutes.robots("User-agent: warta\nDisallow: /private/\n"));
      server.route("/private/salary.html", Respond.ok(HTML, "<p>secret</p>"));
      server.route("/news/1.html", Respond.ok(HTML, "<p>news</p>"));

      var blocked = fetcher.fetch(FetchRequest.page(server.url("/private/salary.html")));
      var allowed = fetcher.fetch(FetchRequest.page(server.url("/news/1.html")));

      assertThat(blocked).isInstanceOf(FetchResult.Blocked.class);
      assertThat(((FetchResult.Blocked) blocked).reason()).isEqualTo(BlockReason.ROBOTS);
      assertThat(blocked.failure().orElseThrow().code()).isEqualTo("fetch.robots-disallowed");
      assertThat(allowed).isInstanceOf(FetchResult.Fetched.class);
      assertThat(server.count("/private/salary.html")).isZero();
      assertThat(server.count("/robots.txt")).as("robots.txt cached").isEqualTo(1);
    }
  }

  @Test
  void aRedirectIntoADisallowedPathIsNotFollowed() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/robots.txt", HostileRoutes.robots("User-agent: *\nDisallow: /private/\n"));
      server.route("/open", Respond.redirect(302, "/private/x"));
      server.route("/private/x", Respond.ok(HTML, "<p>secret</p>"));

      var result = fetcher.fetch(FetchRequest.page(server.url("/open")));

      assertThat(((FetchResult.Blocked) result).reason()).isEqualTo(BlockReason.ROBOTS);
      assertThat(server.count("/private/x")).isZero();
    }
  }

  @Test
  void aDisallowedSitemapIsNeverRequested() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route(
          "/robots.txt", HostileRoutes.robots("User-agent: *\nDisallow: /internal-sitemaps/\n"));
      server.route("/internal-sitemaps/news.xml", Respond.ok("application/xml", "<urlset/>"));
      server.route("/sitemap.xml", Respond.ok("application/xml", "<urlset/>"));

      var blocked = fetcher.fetch(FetchRequest.sitemap(server.url("/internal-sitemaps/news.xml")));
      var allowed = fetcher.fetch(FetchRequest.sitemap(server.url("/sitemap.xml")));

      assertThat(((FetchResult.Blocked) blocked).reason()).isEqualTo(BlockReason.ROBOTS);
      assertThat(allowed).isInstanceOf(FetchResult.Fetched.class);
      assertThat(server.count("/internal-sitemaps/news.xml")).isZero();
    }
  }

  @Test
  void aCrawlDelaySpacesPageRequestsBeyondTheConfiguredDelay() throws InterruptedException {
    var settings = TestFetchers.loopback().withPoliteness(2, Duration.ZERO);
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(settings)) {
      server.route("/robots.txt", HostileRoutes.robots("User-agent: *\nCrawl-delay: 1\n"));
      List<FetchRequest> requests = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        server.route("/berita/" + i + ".html", Respond.ok(HTML, "<p>berita</p>"));
        requests.add(FetchRequest.page(server.url("/berita/" + i + ".html")));
      }

      var results = fetcher.fetchAll(requests);

      assertThat(results).allMatch(FetchResult::isSuccess);
      var pages =
          server.requests().stream()
              .filter(r -> r.path().startsWith("/berita/"))
              .map(r -> r.at())
              .sorted()
              .toList();
      assertThat(pages).hasSize(3);
      for (int i = 1; i < pages.size(); i++) {
        // one second asked; measured on the server, jitter may shorten a gap slightly
        assertThat(Duration.between(pages.get(i - 1), pages.get(i)))
            .isGreaterThan(Duration.ofMillis(900));
      }
    }
  }

  @Test
  void waitingForASlotBehindSlowFeedsDoesNotMakeRobotsTxtUnreachable() throws Exception {
    // four slow drips, each cut by the 2 s total timeout, hold the origin's two slots for about
    // 4 s; the robots.txt download queued behind them gets its own 2 s once it may send, instead
    // of timing out in the queue (which would close the origin to pages as "unreachable")
    var settings =
        TestFetchers.loopback()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withPoliteness(2, Duration.ZERO);
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(settings)) {
      List<String> slow = List.of("/slow-1.xml", "/slow-2.xml", "/slow-3.xml", "/slow-4.xml");
      for (String path : slow) {
        server.route(
            path,
            HostileRoutes.slowDrip(
                "application/rss+xml", "<rss>" + "x".repeat(100), Duration.ofMillis(100)));
      }
      server.route("/robots.txt", HostileRoutes.robots("User-agent: *\nDisallow: /private/\n"));
      server.route("/berita/1.html", Respond.ok(HTML, "<p>berita</p>"));
      try (var feeds = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
        List<java.util.concurrent.Future<FetchResult>> slowResults = new ArrayList<>();
        for (String path : slow) {
          slowResults.add(feeds.submit(() -> fetcher.fetch(FetchRequest.feed(server.url(path)))));
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (slow.stream().mapToLong(server::count).sum() < 2) {
          assertThat(System.nanoTime()).as("two slow feeds requested").isLessThan(until);
          Thread.sleep(10);
        }
        Thread.sleep(200); // the other two are queued at the origin's gate by now

        var page = fetcher.fetch(FetchRequest.page(server.url("/berita/1.html")));

        assertThat(page).as(page.toString()).isInstanceOf(FetchResult.Fetched.class);
        assertThat(server.count("/robots.txt")).isEqualTo(1);
        for (var r : slowResults) {
          assertThat(r.get().failure().orElseThrow().code()).isEqualTo("fetch.timeout");
        }
      }
      var blocked = fetcher.fetch(FetchRequest.page(server.url("/private/x.html")));
      assertThat(((FetchResult.Blocked) blocked).reason())
          .as("the rules read after the wait apply")
          .isEqualTo(BlockReason.ROBOTS);
    }
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/a.html", Respond.ok(HTML, "<p>a</p>"));

      var result = fetcher.fetch(FetchRequest.page(server.url("/a.html")));

      assertThat(result).isInstanceOf(FetchResult.Fetched.class);
      assertThat(server.count("/robots.txt")).isEqualTo(1);
    }
  }

  @Test
  void aFailingRobotsTxtPausesTheOriginAndNoPageIsRequested() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/robots.txt", Respond.status(503, "maintenance"));
      server.route("/a.html", Respond.ok(HTML, "<p>a</p>"));

      var first = fetcher.fetch(FetchRequest.page(server.url("/a.html")));
      var second = fetcher.fetch(FetchRequest.sitemap(server.url("/sitemap.xml")));

      assertThat(((FetchResult.Blocked) first).reason()).isEqualTo(BlockReason.PAUSED);
      assertThat(((FetchResult.Blocked) first).until()).isPresent();
      assertThat(second).isInstanceOf(FetchResult.Blocked.class);
      assertThat(server.count("/a.html")).isZero();
      assertThat(server.count("/robots.txt")).isEqualTo(1);
    }
  }

  @Test
  void feedsAreNotSubjectToRobotsTxt() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/robots.txt", HostileRoutes.robots("User-agent: *\nDisallow: /\n"));
      server.route("/rss", Respond.ok("application/rss+xml", "<rss/>"));

      var result = fetcher.fetch(FetchRequest.feed(server.url("/rss")));

      assertThat(result).isInstanceOf(FetchResult.Fetched.class);
      assertThat(server.count("/robots.txt")).isZero();
    }
  }

  @Test
  void sitemapLinesAndCrawlDelayAreExposed() throws InterruptedException {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route(
          "/robots.txt",
          HostileRoutes.robots("User-agent: *\nCrawl-delay: 1\nSitemap: /news-sitemap.xml\n"));

      RobotsRules rules = fetcher.robots(server.url("/any"));

      assertThat(rules.sitemaps()).containsExactly(server.url("/news-sitemap.xml"));
      assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(1));
    }
  }

  @Test
  void neverMoreThanTheConfiguredRequestsInFlightPerOrigin() throws InterruptedException {
    var busyProbe = new InFlightProbe();
    var otherProbe = new InFlightProbe();
    try (var busy = LoopbackServer.start();
        var other = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      List<FetchRequest> requests = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        busy.route("/f" + i, busyProbe.working(Duration.ofMillis(150), ok()));
        other.route("/f" + i, otherProbe.working(Duration.ofMillis(150), ok()));
        requests.add(FetchRequest.feed(busy.url("/f" + i)));
        requests.add(FetchRequest.feed(other.url("/f" + i)));
      }

      var results = fetcher.fetchAll(requests);

      assertThat(results).allMatch(FetchResult::isSuccess);
      assertThat(busyProbe.peak()).isBetween(1, 2);
      assertThat(otherProbe.peak()).isBetween(1, 2);
      // the server's own count includes the tail after each answer: at most one over
      assertThat(busy.peakInFlight()).isLessThanOrEqualTo(3);
      assertThat(busy.requests()).hasSize(12);
    }
  }

  @Test
  void aConcurrencyOfOneSerialisesAnOrigin() throws InterruptedException {
    var settings = TestFetchers.loopback().withPoliteness(1, Duration.ZERO);
    var probe = new InFlightProbe();
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(settings)) {
      List<FetchRequest> requests = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        server.route("/f" + i, probe.working(Duration.ofMillis(100), ok()));
        requests.add(FetchRequest.feed(server.url("/f" + i)));
      }

      fetcher.fetchAll(requests);

      assertThat(probe.peak()).isEqualTo(1);
    }
  }

  @Test
  void aMinimumDelaySpacesRequestStarts() throws InterruptedException {
    var settings = TestFetchers.loopback().withPoliteness(2, Duration.ofMillis(200));
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(settings)) {
      server.route("/warm-up", ok());
      fetcher.fetch(FetchRequest.feed(server.url("/warm-up"))); // first connection out of the way
      List<FetchRequest> requests = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        server.route("/f" + i, ok());
        requests.add(FetchRequest.feed(server.url("/f" + i)));
      }

      fetcher.fetchAll(requests);

      var times = server.requests().stream().map(r -> r.at()).sorted().toList();
      for (int i = 1; i < times.size(); i++) {
        // measured on the server, so network jitter shortens a gap a little, never to near zero
        assertThat(Duration.between(times.get(i - 1), times.get(i)))
            .isGreaterThan(Duration.ofMillis(100));
      }
    }
  }

  private static LoopbackServer.Handler ok() {
    return Respond.ok("application/rss+xml", "<rss/>");
  }
}
