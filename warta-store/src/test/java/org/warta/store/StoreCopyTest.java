package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.core.StoryId;

/** Copying an installation SQLite → PostgreSQL → SQLite keeps every row and id. */
class StoreCopyTest {
  @TempDir Path dir;
  static TestPostgres server;

  @AfterAll
  static void drop() {
    if (server != null) {
      server.dropAll();
    }
  }

  private static OffsetDateTime day(int d) {
    return OffsetDateTime.of(2026, 11, d, 8, 0, 0, 0, ZoneOffset.ofHours(7));
  }

  /** A small installation with a bit of everything. */
  private static ArticleId fill(Store store) {
    Source source =
        store
            .sources()
            .add(
                NewSource.of(
                    "Kabar", URI.create("https://kabarnusa.example/rss"), SourceKind.FEED));
    List<ArticleId> ids = new ArrayList<>();
    for (int d = 1; d <= 12; d++) {
      ids.add(
          store
              .articles()
              .insert(StoreContract.longArticle(source, "a" + d, day(d)))
              .article()
              .id());
    }
    store.articles().addUrl(ids.get(5), URI.create("https://m.kabarnusa.example/a6"));
    StoryId story = store.stories().create("Banjir", ids.get(5), Instant.EPOCH);
    store.articles().setStory(ids.get(5), story);
    store.articles().setStory(ids.get(6), story);
    store.stories().refresh(story);
    store
        .urlStates()
        .save(
            new UrlState(
                "https://kabarnusa.example/rss",
                Optional.of("\"e1\""),
                Optional.empty(),
                Optional.empty(),
                "NONE",
                0,
                200,
                Optional.of(Instant.ofEpochMilli(7))));
    store.checkpoints().save(new Checkpoint("/a.warc.gz", 99, 3, false, Instant.ofEpochMilli(8)));
    store
        .retention()
        .purge(
            RetentionPolicy.keepAll().withMaxAge(Duration.ofDays(25)),
            Instant.parse("2026-11-28T00:00:00Z"),
            p -> {});
    return ids.get(5);
  }

  @Test
  void copiesSqliteToPostgresAndBackWithIdsAndCounts() {
    server = TestPostgres.require();
    DatabaseUrl sqlite = DatabaseUrl.sqliteIn(dir.resolve("a"));
    ArticleId kept;
    StoredBefore before;
    try (Store store = Store.open(sqlite)) {
      kept = fill(store);
      before = StoredBefore.of(store, kept);
    }
    DatabaseUrl pg = server.freshSchema();
    List<String> tables = new ArrayList<>();
    StoreCopy.Report there =
        StoreCopy.copy(
            sqlite,
            pg,
            new StoreCopy.Listener() {
              @Override
              public void table(String name, long rows) {
                tables.add(name);
              }

              @Override
              public void copied(long rows) {}
            });
    assertThat(there.verified()).isTrue();
    assertThat(tables)
        .contains("source", "article", "article_url", "story", "url_state", "tombstone")
        .containsSubsequence("source", "article", "article_url");
    DatabaseUrl back = DatabaseUrl.sqliteIn(dir.resolve("b"));
    assertThat(StoreCopy.copy(pg, back, new Quiet()).verified()).isTrue();

    for (DatabaseUrl url : List.of(pg, back)) {
      try (Store store = Store.open(url)) {
        assertThat(StoredBefore.of(store, kept)).isEqualTo(before);
        Source source = store.sources().list().getFirst();
        Article fresh = StoreContract.longArticle(source, "baru", day(27));
        ArticleId id = store.articles().insert(fresh).article().id();
        assertThat(id.value()).isGreaterThan(kept.value() + 6);
      }
    }
  }

  @Test
  void refusesATargetThatHoldsData() {
    DatabaseUrl a = DatabaseUrl.sqliteIn(dir.resolve("a"));
    DatabaseUrl b = DatabaseUrl.sqliteIn(dir.resolve("b"));
    try (Store store = Store.open(a)) {
      fill(store);
    }
    try (Store store = Store.open(b)) {
      fill(store);
    }
    assertThatThrownBy(() -> StoreCopy.copy(a, b, new Quiet()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("already holds");
  }

  private static final class Quiet implements StoreCopy.Listener {
    @Override
    public void table(String name, long rows) {}

    @Override
    public void copied(long rows) {}
  }

  /** What must survive a copy. */
  private record StoredBefore(
      long articles,
      long stories,
      long tombstones,
      long changeSeq,
      Optional<org.warta.core.StoredArticle> kept,
      boolean knowsMobileUrl,
      boolean knowsPurgedUrl,
      Optional<UrlState> state,
      Optional<Checkpoint> checkpoint) {
    static StoredBefore of(Store s, ArticleId kept) {
      return new StoredBefore(
          s.articles().count(),
          s.stories().count(),
          s.retention().tombstones(),
          s.articles().changeSeq(),
          s.articles().find(kept),
          s.articles().knows(URI.create("https://m.kabarnusa.example/a6")),
          s.articles().knows(URI.create("https://kabarnusa.example/berita/a1")),
          s.urlStates().find("https://kabarnusa.example/rss"),
          s.checkpoints().find("/a.warc.gz"));
    }
  }
}
