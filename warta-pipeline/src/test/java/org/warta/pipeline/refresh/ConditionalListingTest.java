package org.warta.pipeline.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Source;
import org.warta.fetch.polling.PollingPolicy;
import org.warta.fetch.polling.PollingSettings;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.FeedDocs.Format;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.fixture.Story;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.testkit.LoopbackServer;
import org.warta.testkit.LoopbackServer.Respond;

/**
 * Conditional GET must never hide listed articles: the feed below answers 304 to its own ETag and
 * never changes, yet every article it lists is ingested — after {@code sources add} probed it (the
 * probe stored the ETag), when a poll is capped, and when an article page failed once.
 */
@Timeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
class ConditionalListingTest {
  @TempDir Path dir;
  Harness h;
  Publisher kabar;

  @BeforeEach
  void web() {
    h = new Harness(dir);
    kabar = new Publisher("kabar", "Kabar Nusa", Duration.ZERO);
  }

  @AfterEach
  void close() {
    kabar.close();
    h.close();
  }

  private void serveUnchangingFeed(List<Story> stories) {
    kabar.serveChanging(
        "/rss.xml", Format.RSS_20.contentType, () -> FeedDocs.feed(Format.RSS_20, kabar, stories));
  }

  private List<LoopbackServer.Request> feedRequests() {
    return kabar.server.requests().stream().filter(r -> r.path().equals("/rss.xml")).toList();
  }

  @Test
  void theFirstPollAfterSourcesAddReadsTheFeedInFull() throws Exception {
    List<Story> stories = kabar.publish(4, "/berita");
    serveUnchangingFeed(stories);
    Source source = new SourceSetup(h.store, h.fetcher).add(kabar.url("/rss.xml")).sources().get(0);
    assertThat(feedRequests()).hasSize(1);

    PollingRound.Summary first = h.round().run(false);

    assertThat(first.created()).isEqualTo(4);
    assertThat(feedRequests().get(1).header("If-None-Match"))
        .as("the probe's ETag is not sent: nothing was ingested with it")
        .isEmpty();
    h.clock.advance(Duration.ofHours(7));
    h.round().run(false);
    assertThat(feedRequests()).hasSize(3);
    assertThat(feedRequests().get(2).header("If-None-Match"))
        .as("after a complete poll the feed is revalidated")
        .isNotEmpty();
    assertThat(h.store.sources().status(source.id()).lastError()).isEmpty();
    assertThat(h.store.articles().count()).isEqualTo(4);
  }

  @Test
  void aCappedPollIsFollowedByFullReadsUntilEveryListedArticleIsIn() throws Exception {
    List<Story> stories = kabar.publish(5, "/berita");
    serveUnchangingFeed(stories);
    new SourceSetup(h.store, h.fetcher).add(kabar.url("/rss.xml"));
    SourceRefresh capped =
        new SourceRefresh(
            h.store,
            h.fetcher,
            h.ingest,
            new PollingPolicy(PollingSettings.defaults(), new Random(3)),
            h.clock,
            2);
    PollingRound round = new PollingRound(h.store, capped, h.indexSync, h.clock);

    int[] stored = new int[4];
    for (int poll = 0; poll < 4; poll++) {
      round.run(true);
      stored[poll] = (int) h.store.articles().count();
      h.clock.advance(Duration.ofHours(7));
    }

    assertThat(stored).containsExactly(2, 4, 5, 5);
    List<LoopbackServer.Request> feed = feedRequests();
    assertThat(feed).hasSize(5); // the probe and four polls
    assertThat(feed.subList(1, 4))
        .as("while articles are left behind the feed is read in full")
        .allSatisfy(r -> assertThat(r.header("If-None-Match")).isEmpty());
    assertThat(feed.get(4).header("If-None-Match")).isNotEmpty();
    for (Story s : stories) {
      assertThat(kabar.requests(s.path())).as(s.path()).isEqualTo(1);
    }
  }

  @Test
  void anArticleThatFailedOnceIsFetchedAgainWhileTheFeedIsUnchanged() throws Exception {
    List<Story> stories = kabar.publish(3, "/berita");
    Story flaky = stories.get(1);
    AtomicInteger calls = new AtomicInteger();
    LoopbackServer.Handler page = kabar.server.handler(flaky.path()).orElseThrow();
    kabar.server.route(
        flaky.path(),
        exchange -> {
          if (calls.getAndIncrement() == 0) {
            Respond.status(500, "database offline").handle(exchange);
          } else {
            page.handle(exchange);
          }
        });
    serveUnchangingFeed(stories);
    new SourceSetup(h.store, h.fetcher).add(kabar.url("/rss.xml"));

    PollingRound.Summary first = h.round().run(false);
    assertThat(first.created()).isEqualTo(2);
    assertThat(first.reports().getFirst().failed()).isEqualTo(1);

    h.clock.advance(Duration.ofHours(7)); // past the feed's next poll and the page's backoff
    PollingRound.Summary second = h.round().run(false);
    assertThat(second.created()).isEqualTo(1);
    assertThat(h.store.articles().count()).isEqualTo(3);
    assertThat(calls.get()).isEqualTo(2);
    assertThat(feedRequests().getLast().header("If-None-Match"))
        .as("a poll that left a failed article behind is followed by a full read")
        .isEmpty();
  }
}
