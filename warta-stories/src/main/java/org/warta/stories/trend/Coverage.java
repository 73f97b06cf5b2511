package org.warta.stories.trend;

import java.util.Arrays;
import org.warta.core.ArticleId;
import org.warta.core.SourceId;

/**
 * The coverage of one story: which article of which source at which time, in arrival order.
 * Distinct-source counts use each source's first article. Not thread-safe.
 */
public final class Coverage {
  private long[] articles = new long[4];
  private long[] sources = new long[4];
  private long[] times = new long[4];
  private int size;
  private long latest = Long.MIN_VALUE;

  /** Records an article (epoch seconds). */
  public void add(ArticleId article, SourceId source, long time) {
    if (size == articles.length) {
      articles = Arrays.copyOf(articles, size * 2);
      sources = Arrays.copyOf(sources, size * 2);
      times = Arrays.copyOf(times, size * 2);
    }
    articles[size] = article.value();
    sources[size] = source.value();
    times[size++] = time;
    latest = Math.max(latest, time);
  }

  /** Moves the given articles' entries into another coverage (a split). */
  public void moveTo(Coverage other, java.util.Set<ArticleId> moved) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (moved.contains(new ArticleId(articles[i]))) {
        other.add(new ArticleId(articles[i]), new SourceId(sources[i]), times[i]);
      } else {
        articles[kept] = articles[i];
        sources[kept] = sources[i];
        times[kept++] = times[i];
      }
    }
    size = kept;
  }

  /** Adds all entries of another coverage (a merge). */
  public void addAll(Coverage other) {
    for (int i = 0; i < other.size; i++) {
      add(new ArticleId(other.articles[i]), new SourceId(other.sources[i]), other.times[i]);
    }
  }

  /** Time of the latest article, epoch seconds. */
  public long latest() {
    return latest;
  }

  /**
   * Distinct sources whose first article falls in {@code [from, to)}, epoch seconds; with {@code
   * from = Long.MIN_VALUE} every source first seen before {@code to}.
   */
  public int firstCoverageBetween(long from, long to) {
    long[] first = firstTimes();
    int n = 0;
    for (long t : first) {
      if (t >= from && t < to) {
        n++;
      }
    }
    return n;
  }

  /** Distinct sources. */
  public int sources() {
    return firstTimes().length;
  }

  private long[] firstTimes() {
    long[][] pairs = new long[size][];
    for (int i = 0; i < size; i++) {
      pairs[i] = new long[] {sources[i], times[i]};
    }
    Arrays.sort(
        pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long[] out = new long[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (i == 0 || pairs[i][0] != pairs[i - 1][0]) {
        out[n++] = pairs[i][1];
      }
    }
    return Arrays.copyOf(out, n);
  }
}
