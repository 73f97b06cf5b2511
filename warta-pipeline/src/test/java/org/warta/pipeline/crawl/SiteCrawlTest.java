package org.warta.pipeline.crawl;

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
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.pipeline.Progress;
import org.warta.pipeline.fixture.FeedDocs;
import org.warta.pipeline.fixture.Harness;
import org.warta.pipeline.fixture.Pages;
import org.warta.pipeline.fixture.Publisher;
import org.warta.pipeline.fixture.Story;
import org.warta.pipeline.ingest.IngestOutcome;

/**
 * {@code warta crawl} and {@code warta add-article} on a publisher without feeds: the home page and
 * the "more news" lists of article pages lead to articles two links away, the cap stops a run, a
 * second run picks up where the first left off, and single articles join the publisher's source.
 */
class SiteCrawlTest {
  @TempDir Path dir;
  Harness h;
  Publisher pagi;

  @BeforeEach
  void web() {
    h = new Harness(dir);
    pagi = new Publisher("pagi", "Pagi Ini", Duration.ZERO);
    pagi.publish(10, "/berita");
    List<Story> newest = pagi.stories().reversed().subList(0, 3);
    pagi.serve("/", "text/html", Pages.listing(pagi, "Beranda", newest, ""));
  }

  @AfterEach
  void close() {
    pagi.close();
    h.close();
  }

  @Test
  void aCrawlFollowsArticleLinksTwoStepsAway() {
    CrawlReport report =
        new SiteCrawl(h.store, h.fetcher, h.ingest, h.clock)
            .crawl(pagi.url("/"), 50, Progress.NONE);
    // stories 10, 9, 8 on the home page; their "more news" lists add 7, 6 and 5
    assertThat(report.created()).isEqualTo(6);
    assertThat(report.capReached()).isFalse();
    assertThat(report.source().kind()).isEqualTo(SourceKind.MANUAL);
    List<Story> stories = pagi.stories();
    for (int i = 0; i < stories.size(); i++) {
      long expected = i >= 4 ? 1 : 0;
      assertThat(pagi.requests(stories.get(i).path())).as("story " + (i + 1)).isEqualTo(expected);
    }
    assertThat(h.store.urlPatterns().patterns(report.source().id()))
        .anySatisfy(p -> assertThat(p.articles()).isEqualTo(6));
  }

  @Test
  void theCapStopsARunAndTheNextRunFetchesOnlyWhatIsNew() {
    SiteCrawl crawl = new SiteCrawl(h.store, h.fetcher, h.ingest, h.clock);
    CrawlReport capped = crawl.crawl(pagi.url("/"), 4, Progress.NONE);
    assertThat(capped.pagesFetched()).isEqualTo(4);
    assertThat(capped.created()).isEqualTo(4);
    assertThat(capped.capReached()).isTrue();

    List<Story> fresh = pagi.publish(2, "/berita");
    pagi.serve(
        "/",
        "text/html",
        Pages.listing(pagi, "Beranda", pagi.stories().reversed().subList(0, 3), ""));
    CrawlReport next = crawl.crawl(pagi.url("/"), 4, Progress.NONE);
    assertThat(next.created()).isEqualTo(2);
    assertThat(next.source().id()).isEqualTo(capped.source().id());
    fresh.forEach(s -> assertThat(pagi.requests(s.path())).isEqualTo(1));
    pagi.stories()
        .forEach(s -> assertThat(pagi.requests(s.path())).as(s.path()).isLessThanOrEqualTo(1));
    assertThat(h.store.articles().count()).isEqualTo(6);
  }

  @Test
  void aSingleArticleJoinsThePublishersSourceAndIsNotFetchedTwice() {
    pagi.serve(
        "/rss.xml", "application/rss+xml", FeedDocs.feed(FeedDocs.Format.RSS_20, pagi, List.of()));
    Source feed =
        h.store.sources().add(NewSource.of("Pagi Ini", pagi.url("/rss.xml"), SourceKind.FEED));
    Story story = pagi.stories().getFirst();
    ArticleAdd add = new ArticleAdd(h.store, h.fetcher, h.ingest);
    ArticleAdd.Added added = add.add(pagi.url(story.path()));
    assertThat(added.outcome().kind()).isEqualTo(IngestOutcome.Kind.NEW);
    assertThat(added.source().id()).isEqualTo(feed.id());
    assertThat(added.outcome().article().orElseThrow().article().title())
        .isEqualTo(story.text().title());
    assertThat(add.add(pagi.url(story.path())).outcome().kind())
        .isEqualTo(IngestOutcome.Kind.KNOWN);
    assertThat(pagi.requests(story.path())).isEqualTo(1);
    assertThatThrownBy(() -> add.add(pagi.url("/berita/2026/11/28/tidak-ada-123")))
        .isInstanceOf(ArticleAdd.AddException.class)
        .hasMessageContaining("404");
  }
}
