package org.warta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A searcher that can search the leading documents of each segment only: in an index sorted newest
 * first, the newest articles, without a filter clause between the scorer and its skipping.
 */
final class WindowSearcher extends IndexSearcher {
  WindowSearcher(IndexReader reader) {
    super(reader);
    // every related-reads query has a time window of its own: caching filters only costs the
    // bookkeeping
    setQueryCache(null);
  }

  /**
   * Searches documents {@code [0, ends[i])} of each segment {@code i} ({@code ends} in the order of
   * {@link #getLeafContexts()}) with a weight made by {@link #weight}.
   */
  <C extends Collector, T> T searchLeading(
      Weight weight, int[] ends, CollectorManager<C, T> manager) throws IOException {
    List<LeafReaderContext> leaves = getLeafContexts();
    List<LeafReaderContextPartition> parts = new ArrayList<>(leaves.size());
    for (int i = 0; i < leaves.size(); i++) {
      LeafReaderContext leaf = leaves.get(i);
      if (ends[i] >= leaf.reader().maxDoc()) {
        parts.add(LeafReaderContextPartition.createForEntireSegment(leaf));
      } else if (ends[i] > 0) {
        parts.add(LeafReaderContextPartition.createFromAndTo(leaf, 0, ends[i]));
      }
    }
    C collector = manager.newCollector();
    search(parts.toArray(LeafReaderContextPartition[]::new), weight, collector);
    return manager.reduce(List.of(collector));
  }

  /** The weight of {@code query} for {@link #searchLeading}, for collectors scoring so. */
  Weight weight(Query query, ScoreMode mode) throws IOException {
    return createWeight(rewrite(query), mode, 1f);
  }

  /** Every document of every segment, for {@link #searchLeading}. */
  int[] allDocuments() {
    return getLeafContexts().stream().mapToInt(l -> l.reader().maxDoc()).toArray();
  }
}
