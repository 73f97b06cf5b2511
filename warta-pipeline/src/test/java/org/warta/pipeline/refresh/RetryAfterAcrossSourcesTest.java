package org.warta.pipeline.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;
import org.warta.fetch.Fetcher;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.FeedDocs.Format;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.fixture.Story;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.testkit.HostileRoutes;

/**
 * Retry-After is kept per URL in the store: a URL that answered 429 is not asked again inside the
 * window, whether it is reached through two sources polled at the same time, probed again by {@code
 * sources add}, or fetched by another command with its own fetcher.
 */
class RetryAfterAcrossSourcesTest {
  @TempDir Path dir;
  Harness h;
  Publisher wire, kabar, warta;

  @BeforeEach
  void web() {
    h = new Harness(dir);
    wire = new Publisher("wire", "Kantor Berita Nusantara", Duration.ZERO);
    kabar = new Publisher("kabar", "Kabar Nusa", Duration.ZERO);
    warta = new Publisher("warta", "Warta Timur", Duration.ZERO);
  }

  @AfterEach
  void close() {
    wire.close();
    kabar.close();
    warta.close();
    h.close();
  }

  @Test
  void aRateLimitedArticleListedByTwoSourcesIsAskedOnce() throws Exception {
    Story shared = wire.publish(1, "/berita").getFirst();
    wire.server.route(shared.path(), HostileRoutes.retryAfter(429, "3600"));
    for (Publisher p : List.of(kabar, warta)) {
      List<Story> own = p.publish(2, "/berita");
      String feed =
          FeedDocs.feed(Format.RSS_20, p, own)
              .replace(
                  "</channel>",
                  "<item><title>Kiriman kantor berita</title><link>"
                      + wire.url(shared.path())
                      + "</link></item></channel>");
      p.serve("/rss.xml", Format.RSS_20.contentType, feed);
      h.store.sources().add(NewSource.of(p.name, p.url("/rss.xml"), SourceKind.FEED));
    }

    PollingRound.Summary round = h.round().run(true);
    assertThat(round.created()).isEqualTo(4);
    assertThat(wire.requests(shared.path())).as("both sources polled at once").isEqualTo(1);

    h.clock.advance(Duration.ofMinutes(30));
    try (Fetcher another = h.newFetcher()) {
      var refresh =
          new SourceRefresh(
              h.store,
              another,
              h.ingest,
              new org.warta.fetch.polling.PollingPolicy(
                  org.warta.fetch.polling.PollingSettings.defaults(), new java.util.Random(1)),
              h.clock,
              100);
      h.store.sources().list().forEach(refresh::run);
    }
    assertThat(wire.requests(shared.path())).as("another command, 30 min later").isEqualTo(1);

    SourceSetup setup = new SourceSetup(h.store, h.fetcher);
    assertThatThrownBy(() -> setup.add(wire.url(shared.path())))
        .hasMessageContaining("asked us to wait until");
    assertThat(wire.requests(shared.path())).as("probed by sources add").isEqualTo(1);
  }

  @Test
  void aFeedThatAnswered429ToSourcesAddIsNotAskedAgainByTheNextAdd() {
    kabar.server.route("/rss.xml", HostileRoutes.retryAfter(429, "120"));
    assertThatThrownBy(() -> new SourceSetup(h.store, h.fetcher).add(kabar.url("/rss.xml")))
        .hasMessageContaining("429");
    try (Fetcher another = h.newFetcher()) {
      assertThatThrownBy(() -> new SourceSetup(h.store, another).add(kabar.url("/rss.xml")))
          .hasMessageContaining("asked us to wait until");
    }
    assertThat(kabar.requests("/rss.xml")).isEqualTo(1);
    h.clock.advance(Duration.ofSeconds(121));
    kabar.serve(
        "/rss.xml", Format.RSS_20.contentType, FeedDocs.feed(Format.RSS_20, kabar, List.of()));
    assertThat(new SourceSetup(h.store, h.fetcher).add(kabar.url("/rss.xml")).sources()).hasSize(1);
    assertThat(kabar.requests("/rss.xml")).isEqualTo(2);
  }
}
