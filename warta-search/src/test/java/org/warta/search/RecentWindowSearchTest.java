package org.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;

/**
 * Relevance searches for words in very many articles score a window of the newest articles only,
 * holding about as many matches as the search may score; rarer words search everything.
 */
class RecentWindowSearchTest {
  @TempDir Path folder;

  private static final OffsetDateTime FIRST =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  /** Article {@code id} published {@code id} hours after the first. */
  private static StoredArticle hourly(long id, String title, String body) {
    Article a =
        Article.builder(new SourceId(1), URI.create("https://s.example/" + id))
            .title(title)
            .bodyText(body)
            .language(Language.INDONESIAN)
            .published(Optional.of(FIRST.plusHours(id)))
            .build();
    return new StoredArticle(new ArticleId(id), a, Optional.empty(), Optional.empty());
  }

  /**
   * 1,000 hourly articles that mention floods: the oldest is the one most about floods and the only
   * one about a dam; the older half also mention a drought, the newer half rain.
   */
  private static void fill(SearchIndex index) {
    index.put(hourly(1, "Banjir banjir banjir bendungan jebol", "Banjir setelah kemarau, hujan."));
    for (long id = 2; id <= 1000; id++) {
      String weather = id <= 500 ? "Kemarau panjang" : "Hujan deras";
      index.put(hourly(id, "Laporan cuaca " + id, weather + ", sempat banjir di satu kelurahan."));
    }
    index.commit(1000);
  }

  @Test
  void aWordInMoreArticlesThanMayBeScoredIsSearchedAmongTheNewestOnly() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      SearchResults recent = index.search(SearchQuery.of("banjir", 20), 100);
      assertThat(recent.hits()).hasSize(20);
      // about 100 of the 1,000 matches are scored: a window of the newest hours, at most 256
      assertThat(ids(recent)).allMatch(id -> id > 1000 - 256);
      assertThat(recent.totalExact()).isFalse();
      assertThat(recent.total()).isBetween(20L, 257L);
      // scoring everything finds the oldest, most relevant article first
      SearchResults all = index.search(SearchQuery.of("banjir", 20), 10_000);
      assertThat(ids(all).getFirst()).isEqualTo(1L);
    }
  }

  @Test
  void wordsInFewArticlesAreSearchedAllTheWayBack() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      SearchResults dam = index.search(SearchQuery.of("bendungan", 20), 100);
      assertThat(ids(dam)).containsExactly(1L);
      assertThat(dam.totalExact()).isTrue();
    }
  }

  @Test
  void whenTheWindowHoldsFewerHitsThanThePageTheWholeIndexIsSearched() {
    try (SearchIndex index = SearchIndex.open(folder)) {
      fill(index);
      // both words are in hundreds of articles, but only the oldest has both
      SearchResults both = index.search(SearchQuery.of("kemarau hujan", 20), 100);
      assertThat(ids(both)).containsExactly(1L);
      assertThat(both.totalExact()).isTrue();
    }
  }

  private static List<Long> ids(SearchResults results) {
    return results.hits().stream().map(h -> h.id().value()).toList();
  }
}
