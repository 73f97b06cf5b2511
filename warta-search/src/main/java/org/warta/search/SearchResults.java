package org.warta.search;

import java.util.List;
import org.warta.core.ArticleId;

/** One page of hits and the total number of matching articles. */
public record SearchResults(long total, List<Hit> hits) {

  /** A matching article and its relevance score. */
  public record Hit(ArticleId id, float score) {}

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
