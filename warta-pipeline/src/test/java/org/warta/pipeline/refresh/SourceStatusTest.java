package org.warta.pipeline.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.fetch.polling.PollingPolicy;
import org.warta.fetch.polling.PollingSettings;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.FeedDocs.Format;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.setup.SourceAdmin;
import org.warta.pipeline.setup.SourceDetails;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * The visible status of a source (last fetch, next fetch, last error, failures in a row), its
 * automatic pause after repeated failures, and the publisher's polling hints ({@code <ttl>}, {@code
 * Cache-Control: max-age}) honoured also while the feed answers 304.
 */
class SourceStatusTest {
  @TempDir Path dir;
  Harness h;
  Publisher kabar;

  @BeforeEach
  void web() {
    h = new Harness(dir);
    kabar = new Publisher("kabar", "Kabar Nusa", Duration.ZERO);
    kabar.publish(3, "/berita");
  }

  @AfterEach
  void close() {
    kabar.close();
    h.close();
  }

  SourceRefresh refresh(int pauseAfter) {
    PollingSettings s = PollingSettings.defaults();
    PollingSettings settings =
        new PollingSettings(
            s.minInterval(),
            s.maxInterval(),
            s.defaultInterval(),
            s.failureBase(),
            s.maxFailureWait(),
            pauseAfter,
            s.sampleSize());
    return new SourceRefresh(
        h.store, h.fetcher, h.ingest, new PollingPolicy(settings, new Random(3)), h.clock, 100);
  }

  @Test
  void aSourceFailingAgainAndAgainIsPausedAndShowsWhy() {
    kabar.server.route("/rss.xml", Respond.status(500, "database offline"));
    Source source =
        h.store.sources().add(NewSource.of("Kabar", kabar.url("/rss.xml"), SourceKind.FEED));
    SourceRefresh refresh = refresh(3);
    SourceAdmin admin = new SourceAdmin(h.store, h.clock);
    for (int i = 1; i <= 3; i++) {
      RefreshReport report = refresh.run(admin.find(source.id().toString()));
      assertThat(report.ok()).isFalse();
      assertThat(report.paused()).isEqualTo(i == 3);
      SourceDetails shown = admin.show(admin.find(source.url().toString()));
      assertThat(shown.status().consecutiveFailures()).isEqualTo(i);
      assertThat(shown.status().lastFetch()).contains(h.clock.instant());
      assertThat(shown.status().lastError()).isNotBlank();
      h.clock.advance(Duration.ofHours(13)); // past every backoff
    }
    SourceDetails paused = admin.show(admin.find(source.id().toString()));
    assertThat(paused.source().paused()).isTrue();
    assertThat(paused.urlState())
        .hasValueSatisfying(s -> assertThat(s.lastStatus()).isEqualTo(500));
    assertThat(h.store.sources().due(h.clock.instant())).isEmpty();
    long requests = kabar.requests("/rss.xml");
    assertThat(requests).as("one request per poll; the pause stops them").isEqualTo(3);

    kabar.serve(
        "/rss.xml",
        Format.RSS_20.contentType,
        FeedDocs.feed(Format.RSS_20, kabar, kabar.stories()));
    admin.resume(paused.source());
    SourceDetails resumed = admin.show(admin.find(source.id().toString()));
    assertThat(resumed.source().paused()).isFalse();
    assertThat(resumed.status().consecutiveFailures()).isZero();
    assertThat(resumed.status().lastError()).isEmpty();
    assertThat(h.store.sources().due(h.clock.instant()))
        .extracting(Source::id)
        .containsExactly(source.id());
    RefreshReport ok = refresh.run(resumed.source());
    assertThat(ok.ok()).isTrue();
    assertThat(ok.created()).isEqualTo(3);
  }

  @Test
  void theFeedTtlAndCacheControlSetTheNextPollAlsoAfter304s() {
    kabar.serveChanging(
        "/ttl.xml",
        Format.RSS_20.contentType,
        () ->
            FeedDocs.feed(
                Format.RSS_20,
                kabar,
                kabar.stories(),
                new FeedDocs.Extras(
                    java.util.Optional.of(120),
                    java.util.Optional.empty(),
                    java.util.Optional.empty())));
    byte[] atom =
        FeedDocs.feed(Format.ATOM_10, kabar, kabar.stories())
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    kabar.server.route(
        "/cached.xml",
        exchange -> {
          exchange.getResponseHeaders().set("Cache-Control", "public, max-age=5400");
          exchange.getResponseHeaders().set("Content-Type", Format.ATOM_10.contentType);
          Respond.send(exchange, 200, atom);
        });
    Source ttl = h.store.sources().add(NewSource.of("ttl", kabar.url("/ttl.xml"), SourceKind.FEED));
    Source cached =
        h.store.sources().add(NewSource.of("cached", kabar.url("/cached.xml"), SourceKind.FEED));
    SourceRefresh refresh = refresh(10);
    // just after the newest story: the publication rate alone would poll every 22 minutes
    h.clock.set(kabar.stories().getLast().published().toInstant().plus(Duration.ofMinutes(10)));
    for (int poll = 1; poll <= 2; poll++) {
      Instant now = h.clock.instant();
      refresh.run(ttl);
      refresh.run(cached);
      assertThat(next(ttl))
          .as("ttl 120 min, poll " + poll)
          .isAfterOrEqualTo(now.plus(Duration.ofMinutes(108)));
      assertThat(next(cached))
          .as("max-age 90 min, poll " + poll)
          .isAfterOrEqualTo(now.plus(Duration.ofMinutes(81)));
      h.clock.advance(Duration.ofHours(3));
    }
    assertThat(
            kabar.server.requests().stream()
                .filter(r -> r.path().equals("/ttl.xml"))
                .map(r -> r.header("If-None-Match"))
                .toList())
        .as("the second poll was answered 304")
        .hasSize(2)
        .last()
        .isNotEqualTo("");
    assertThat(h.store.articles().count()).isEqualTo(3);
    assertThat(List.of(ttl, cached))
        .allSatisfy(s -> assertThat(h.store.sources().status(s.id()).lastError()).isEmpty());
  }

  Instant next(Source s) {
    return h.store.sources().status(s.id()).nextFetch().orElseThrow();
  }
}
