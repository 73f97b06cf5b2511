package org.warta.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.testkit.HostileRoutes;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * Conditional GET, Retry-After and backoff, with the per-URL state in a shared store so that they
 * hold across sources, rounds and commands (modelled as separate fetchers on one store).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConditionalAndRetryTest {
  private static final String XML = "application/rss+xml";
  private static final String BODY = "<rss version=\"2.0\"><channel/></rss>";
  private static final String DATE = "Tue, 03 Mar 2026 10:00:00 GMT";

  @Test
  void theSecondPollSendsTheValidatorsAndGetsNotModified() {
    var store = new InMemoryUrlStateStore();
    var clock = new TestFetchers.ManualClock();
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback(), store, clock)) {
      server.route("/rss", HostileRoutes.conditional(XML, BODY, "\"v1\"", DATE));
      var url = server.url("/rss");

      var first = fetcher.fetch(FetchRequest.feed(url));
      var second = fetcher.fetch(FetchRequest.feed(url));

      assertThat(first).isInstanceOf(FetchResult.Fetched.class);
      assertThat(((FetchResult.Fetched) first).validators().etag()).contains("\"v1\"");
      assertThat(second).isInstanceOf(FetchResult.NotModified.class);
      var sent = server.requests().get(1);
      assertThat(sent.header("If-None-Match")).isEqualTo("\"v1\"");
      assertThat(sent.header("If-Modified-Since")).isEqualTo(DATE);
    }
  }

  @Test
  void aProbeIsUnconditionalEvenWhenValidatorsAreStored() {
    var store = new InMemoryUrlStateStore();
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback(), store, Instant::now)) {
      server.route("/rss", HostileRoutes.conditional(XML, BODY, "\"v1\"", DATE));
      var url = server.url("/rss");
      fetcher.fetch(FetchRequest.feed(url));

      var probe = fetcher.fetch(FetchRequest.of(url, Purpose.PROBE));

      assertThat(probe).isInstanceOf(FetchResult.Fetched.class);
      assertThat(server.requests().get(1).header("If-None-Match")).isEmpty();
    }
  }

  @Test
  void givenValidatorsAreSentAsGiven() {
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback())) {
      server.route("/rss", HostileRoutes.conditional(XML, BODY, "\"v2\"", DATE));

      var result =
          fetcher.fetch(
              FetchRequest.feed(server.url("/rss")).withValidators(Validators.of("\"v2\"", "")));

      assertThat(result).isInstanceOf(FetchResult.NotModified.class);
    }
  }

  @Test
  void retryAfterSecondsIsHonouredAcrossCallsAndFetchersSharingTheStore() {
    var store = new InMemoryUrlStateStore();
    var clock = new TestFetchers.ManualClock();
    try (var server = LoopbackServer.start();
        var pollRound = TestFetchers.fetcher(TestFetchers.loopback(), store, clock);
        var sourcesAdd = TestFetchers.fetcher(TestFetchers.loopback(), store, clock)) {
      server.route("/rss", HostileRoutes.retryAfter(429, "120"));
      var url = server.url("/rss");

      var first = pollRound.fetch(FetchRequest.feed(url));
      var again = pollRound.fetch(FetchRequest.feed(url));
      var probe = sourcesAdd.fetch(FetchRequest.of(url, Purpose.PROBE));

      assertThat(first.failure().orElseThrow().code()).isEqualTo("fetch.http-429");
      assertThat(((FetchResult.Failed) first).retryAt()).contains(clock.instant().plusSeconds(120));
      assertThat(again).isInstanceOf(FetchResult.Blocked.class);
      assertThat(((FetchResult.Blocked) again).reason()).isEqualTo(BlockReason.RETRY_AFTER);
      assertThat(((FetchResult.Blocked) probe).reason()).isEqualTo(BlockReason.RETRY_AFTER);
      assertThat(server.count("/rss")).isEqualTo(1);

      clock.advance(Duration.ofSeconds(121));
      server.route("/rss", Respond.ok(XML, BODY));
      assertThat(pollRound.fetch(FetchRequest.feed(url))).isInstanceOf(FetchResult.Fetched.class);
      assertThat(server.count("/rss")).isEqualTo(2);
    }
  }

  @Test
  void retryAfterAsAnHttpDateOn503IsHonoured() {
    var clock = new TestFetchers.ManualClock();
    try (var server = LoopbackServer.start();
        var fetcher =
            TestFetchers.fetcher(TestFetchers.loopback(), new InMemoryUrlStateStore(), clock)) {
      Instant until =
          clock
              .instant()
              .plus(Duration.ofMinutes(10))
              .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      server.route("/rss", HostileRoutes.retryAfter(503, HostileRoutes.httpDate(until)));

      var first = (FetchResult.Failed) fetcher.fetch(FetchRequest.feed(server.url("/rss")));
      clock.advance(Duration.ofMinutes(9));
      var second = fetcher.fetch(FetchRequest.feed(server.url("/rss")));

      assertThat(first.retryAt()).contains(until);
      assertThat(second).isInstanceOf(FetchResult.Blocked.class);
      assertThat(server.count("/rss")).isEqualTo(1);
    }
  }

  @Test
  void serverErrorsBackOffExponentially() {
    var store = new InMemoryUrlStateStore();
    var clock = new TestFetchers.ManualClock();
    try (var server = LoopbackServer.start();
        var fetcher = TestFetchers.fetcher(TestFetchers.loopback(), store, clock)) {
      server.route("/rss", Respond.status(500, "down"));
      var url = server.url("/rss");

      var first = (FetchResult.Failed) fetcher.fetch(FetchRequest.feed(url));
      var blocked = fetcher.fetch(FetchRequest.feed(url));
      clock.advance(Duration.between(clock.instant(), first.retryAt().orElseThrow()));
      var second = (FetchResult.Failed) fetcher.fetch(FetchRequest.feed(url));

      assertThat(((FetchResult.Blocked) blocked).reason()).isEqualTo(BlockReason.BACKOFF);
      assertThat(server.count("/rss")).isEqualTo(2);
      Duration firstWait = Duration.ofMinutes(1);
      Duration secondWait = Duration.between(clock.instant(), second.retryAt().orElseThrow());
      assertThat(secondWait).isBetween(firstWait, firstWait.multipliedBy(2));
      assertThat(store.get(UrlState.keyOf(url)).orElseThrow().consecutiveFailures()).isEqualTo(2);
    }
  }
}
