package org.warta.pipeline.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.pipeline.grouping.GroupingPages.AGGREGATOR_URL;
import static org.warta.pipeline.grouping.GroupingPages.PARAGRAPHS;
import static org.warta.pipeline.grouping.GroupingPages.PUBLISHER_URL;
import static org.warta.pipeline.grouping.GroupingPages.aggregatorPage;
import static org.warta.pipeline.grouping.GroupingPages.page;
import static org.warta.pipeline.grouping.GroupingPages.publisherPage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.NewSource;
import org.warta.core.SourceId;
import org.warta.core.SourceKind;
import org.warta.core.StoredArticle;
import org.warta.extract.Extractor;
import org.warta.pipeline.Progress;
import org.warta.pipeline.grouping.GroupingPages.Signal;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;

/**
 * Per-source opt-out of duplicate grouping (issue 5): the articles of an opted-out source are
 * neither grouped with copies nor credited, still join their story, and copies of them on other
 * sources still group with each other; the setting is honoured when the stages are rebuilt.
 */
class SourceOptOutTest {
  private static final Instant NOW = Instant.parse("2026-05-11T03:00:00Z");
  private static final String PUBLISHED = "2026-05-11T08:10:00+07:00";
  private static final String SECOND_COPY_URL =
      "https://beritaringkas.example/2026/05/11/banjir-ostra";

  @TempDir Path dir;
  private Store store;
  private SourceId mentari;
  private SourceId kabarKilat;
  private SourceId ringkas;
  private final Set<SourceId> optedOut = new HashSet<>();
  private ArticleIngest ingest;

  @BeforeEach
  void open() {
    store = Store.open(DatabaseUrl.sqliteIn(dir));
    mentari = source("Harian Mentari", "https://www.harianmentari.example/rss");
    kabarKilat = source("KabarKilat", "https://kabarkilat.example/rss");
    ringkas = source("Berita Ringkas", "https://beritaringkas.example/rss");
    ingest = restart();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private SourceId source(String name, String feed) {
    return store.sources().add(NewSource.of(name, URI.create(feed), SourceKind.FEED)).id();
  }

  /** The grouping stages rebuilt from the store, as after a restart. */
  private ArticleIngest restart() {
    Grouping grouping = Grouping.restore(store, () -> NOW, Progress.NONE, optedOut::contains);
    return new ArticleIngest(store, Extractor.standard(), grouping);
  }

  private StoredArticle publisher() {
    return ingest
        .ingest(
            page(PUBLISHER_URL, publisherPage(PUBLISHED, PARAGRAPHS), NOW),
            mentari,
            URI.create(PUBLISHER_URL))
        .article()
        .orElseThrow();
  }

  private StoredArticle repost(String url, SourceId source, int secondsLater) {
    String html =
        aggregatorPage(PUBLISHED, PARAGRAPHS, Signal.ORIGINAL_SOURCE_META)
            .replace(AGGREGATOR_URL, url);
    return ingest
        .ingest(page(url, html, NOW.plusSeconds(secondsLater)), source, URI.create(url))
        .article()
        .orElseThrow();
  }

  private StoredArticle reread(StoredArticle a) {
    return store.articles().find(a.id()).orElseThrow();
  }

  @Test
  void withoutOptOutTheRepostIsGroupedWithThePublisher() {
    StoredArticle original = publisher();
    StoredArticle copy = repost(AGGREGATOR_URL, kabarKilat, 600);

    assertThat(reread(copy).duplicateGroup())
        .isPresent()
        .isEqualTo(reread(original).duplicateGroup());
  }

  @Test
  void anOptedOutSourcesArticleIsNotGroupedButKeepsItsStory() {
    optedOut.add(kabarKilat);
    ingest = restart();
    StoredArticle original = publisher();
    StoredArticle copy = repost(AGGREGATOR_URL, kabarKilat, 600);

    assertThat(reread(copy).duplicateGroup()).isEmpty();
    assertThat(reread(original).duplicateGroup()).isEmpty();
    assertThat(reread(copy).story()).isPresent().isEqualTo(reread(original).story());
  }

  @Test
  void copiesOfAnOptedOutPublisherStillGroupWithEachOtherAndCreditTheNamedPage() {
    optedOut.add(mentari);
    ingest = restart();
    StoredArticle original = publisher();
    StoredArticle first = repost(AGGREGATOR_URL, kabarKilat, 600);
    StoredArticle second = repost(SECOND_COPY_URL, ringkas, 1200);

    assertThat(reread(original).duplicateGroup()).isEmpty();
    long group = reread(first).duplicateGroup().orElseThrow();
    assertThat(reread(second).duplicateGroup()).contains(group);
    // the opted-out publisher's article is not a member: the copies credit the page they name
    assertThat(store.articles().duplicateCredit(group).orElseThrow().page())
        .contains(URI.create(PUBLISHER_URL));
  }

  @Test
  void theOptOutHoldsAfterARestartAndAppliesToArticlesAddedAfterTheChange() {
    StoredArticle original = publisher();
    optedOut.add(kabarKilat);
    ingest = restart(); // replays the publisher's article
    StoredArticle copy = repost(AGGREGATOR_URL, kabarKilat, 600);
    StoredArticle second = repost(SECOND_COPY_URL, ringkas, 1200);

    assertThat(reread(copy).duplicateGroup()).isEmpty();
    long group = reread(second).duplicateGroup().orElseThrow();
    assertThat(reread(original).duplicateGroup()).contains(group);
    assertThat(store.articles().duplicateCredit(group).orElseThrow().article())
        .contains(original.id());
  }
}
