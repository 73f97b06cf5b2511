package org.warta.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.pipeline.Progress;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.RetentionPolicy;
import org.warta.store.Store;

/** The search index follows the store: additions, retention purges and removed sources. */
class IndexSyncTest {
  @TempDir Path data;

  static Article article(Source s, String slug, int day) {
    OffsetDateTime t = OffsetDateTime.of(2026, 11, day, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    return Article.builder(s.id(), URI.create("https://kabarnusa.example/" + slug))
        .title("Banjir di " + slug)
        .language(Language.INDONESIAN)
        .published(Optional.of(t))
        .seen(t.toInstant())
        .bodyText("Air merendam permukiman warga di " + slug + " sejak pagi.")
        .build();
  }

  @Test
  void catchUpDropsPurgedArticlesAndArticlesOfRemovedSources() {
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data));
        SearchIndex index = SearchIndex.open(data.resolve("index"))) {
      Source kabar =
          store
              .sources()
              .add(
                  NewSource.of(
                      "Kabar", URI.create("https://kabarnusa.example/rss"), SourceKind.FEED));
      Source other =
          store
              .sources()
              .add(NewSource.of("Lain", URI.create("https://lain.example/rss"), SourceKind.FEED));
      store.articles().insert(article(kabar, "lama", 1));
      store.articles().insert(article(kabar, "baru", 25));
      store.articles().insert(article(other, "lain", 25));
      IndexSync sync = new IndexSync(store, index);
      assertThat(sync.catchUp()).isEqualTo(3);
      assertThat(index.count()).isEqualTo(3);

      store
          .retention()
          .purge(
              RetentionPolicy.keepAll().withMaxAge(Duration.ofDays(10)),
              Instant.parse("2026-11-26T00:00:00Z"),
              p -> {});
      sync.catchUp();
      assertThat(index.count()).isEqualTo(2);
      assertThat(sync.isCurrent()).isTrue();

      store.sources().remove(other.id());
      sync.catchUp();
      assertThat(index.count()).isEqualTo(1).isEqualTo(store.articles().count());
    }
  }

  @Test
  void anIndexAheadOfItsDatabaseIsRebuilt() {
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data));
        SearchIndex index = SearchIndex.open(data.resolve("index"))) {
      Source kabar =
          store
              .sources()
              .add(
                  NewSource.of(
                      "Kabar", URI.create("https://kabarnusa.example/rss"), SourceKind.FEED));
      store.articles().insert(article(kabar, "satu", 20));
      index.put(
          new org.warta.core.StoredArticle(
              new org.warta.core.ArticleId(999),
              article(kabar, "hantu", 2),
              Optional.empty(),
              Optional.empty()));
      index.commit(500);
      new IndexSync(store, index).catchUp();
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.indexedSeq()).isEqualTo(store.articles().changeSeq());
    }
  }

  @Test
  void rebuildCountsWhatItIndexed() {
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data));
        SearchIndex index = SearchIndex.open(data.resolve("index"))) {
      Source kabar =
          store
              .sources()
              .add(
                  NewSource.of(
                      "Kabar", URI.create("https://kabarnusa.example/rss"), SourceKind.FEED));
      store.articles().insert(article(kabar, "satu", 20));
      store.articles().insert(article(kabar, "dua", 21));
      assertThat(new IndexSync(store, index).rebuild(Progress.NONE)).isEqualTo(2);
      assertThat(index.count()).isEqualTo(2);
    }
  }
}
