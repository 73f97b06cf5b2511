package org.warta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;

/**
 * How far back the newest documents of an index reach: a ladder of time windows ending at the
 * newest document, each twice as long as the one before (one hour, two, four, …). The index is
 * sorted newest first, so in every segment a window's documents are a leading run, its end found by
 * binary search over the time values.
 *
 * <p>Counts include deleted documents (the ladder is for estimates). Worked out once per reader.
 */
final class RecentWindows {
  private static final long HOUR = 3_600_000L;

  /** The ladder of no index: no window. */
  static final RecentWindows EMPTY = new RecentWindows(null, List.of());

  /** One window: where its run ends in each segment, and the documents in all of them. */
  private record Rung(int[] ends, long documents) {}

  private final IndexReader reader;
  private final List<Rung> rungs;

  private RecentWindows(IndexReader reader, List<Rung> rungs) {
    this.reader = reader;
    this.rungs = rungs;
  }

  /** The ladder of {@code reader}, an index sorted by {@link Fields#TIME}, newest first. */
  static RecentWindows of(IndexReader reader) throws IOException {
    long newest = Long.MIN_VALUE;
    long oldest = Long.MAX_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      int last = leaf.reader().maxDoc() - 1;
      if (last >= 0) {
        newest = Math.max(newest, time(leaf, 0));
        oldest = Math.min(oldest, time(leaf, last));
      }
    }
    List<Rung> rungs = new ArrayList<>();
    for (long span = HOUR; newest != Long.MIN_VALUE && span < Long.MAX_VALUE / 4; span *= 2) {
      long start = newest - span;
      if (start <= oldest) {
        break;
      }
      rungs.add(rung(reader, start));
    }
    return new RecentWindows(reader, List.copyOf(rungs));
  }

  /** Whether this ladder was worked out for {@code other}. */
  boolean isFor(IndexReader other) {
    return reader == other;
  }

  /**
   * Where the shortest window holding at least {@code wanted} documents ends in each segment (in
   * the reader's leaf order); empty when only the whole index holds that many.
   */
  Optional<int[]> holding(long wanted) {
    return rungs.stream().filter(r -> r.documents() >= wanted).findFirst().map(Rung::ends);
  }

  /** The window of documents at or after {@code start}. */
  private static Rung rung(IndexReader reader, long start) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int[] ends = new int[leaves.size()];
    long documents = 0;
    for (int i = 0; i < ends.length; i++) {
      LeafReaderContext leaf = leaves.get(i);
      // the first document older than start: documents [0, lo) are the window's
      int lo = 0;
      int hi = leaf.reader().maxDoc();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (time(leaf, mid) >= start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      ends[i] = lo;
      documents += lo;
    }
    return new Rung(ends, documents);
  }

  private static long time(LeafReaderContext leaf, int doc) throws IOException {
    NumericDocValues times = DocValues.getNumeric(leaf.reader(), Fields.TIME);
    if (!times.advanceExact(doc)) {
      throw new IllegalStateException("document " + doc + " of a segment has no time");
    }
    return times.longValue();
  }
}
