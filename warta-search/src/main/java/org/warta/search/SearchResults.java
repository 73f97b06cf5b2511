package org.warta.search;

import java.util.List;
import org.warta.core.ArticleId;

/**
 * One page of hits and the number of matching articles: exact when {@code totalExact}, else a lower
 * bound (counting stops after {@value SearchIndex#COUNTED} matches, so common words stay cheap).
 */
public record SearchResults(long total, boolean totalExact, List<Hit> hits) {

  /**
   * A matching article, its relevance score and where the query's words occur in its {@linkplain
   * SearchIndex#searchedText searched text}, in text order (empty for {@link
   * SearchIndex#similarTitles}).
   */
  public record Hit(ArticleId id, float score, List<Match> matches) {
    public Hit {
      matches = List.copyOf(matches);
    }

    public Hit(ArticleId id, float score) {
      this(id, score, List.of());
    }
  }

  /**
   * One occurrence of a query word: characters {@code [start, end)} of the searched text, and the
   * indexed term it was read as (the same for "banjir" and "kebanjiran").
   */
  public record Match(int start, int end, String term) {}

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
