package org.warta.stories.vector;

/**
 * Document frequencies of terms over the recent stream, for inverse document frequency. Counts live
 * in a fixed table of {@code 2^bits} counters indexed by key (memory is fixed whatever the
 * vocabulary; a rare term sharing a counter with a common one looks a little less rare). Every
 * {@code halvingInterval} documents all counts and the document total are halved, so the statistics
 * follow the recent stream the way an exponential moving average does.
 *
 * <p>IDF is {@code ln((N + prior + 1) / (df + 0.5))}, where the article being weighed is already
 * counted and {@code prior} is a number of imagined background documents that contain none of the
 * terms: without it, the first articles of a stream see every shared term as common (with two
 * documents, a term in both has an IDF near zero) and cannot match; once the stream is long, the
 * prior no longer matters. Not thread-safe.
 */
public final class TermStatistics {
  private final int[] counts;
  private final int mask;
  private final long halvingInterval;
  private final double prior;
  private double documents;
  private long sinceHalving;

  /**
   * Statistics with a table of {@code 2^bits} counters, halved every given number of documents,
   * with {@code prior} background documents.
   */
  public TermStatistics(int bits, long halvingInterval, double prior) {
    if (!(prior >= 0)) {
      throw new IllegalArgumentException("prior must not be negative, got " + prior);
    }
    this.prior = prior;
    if (bits < 8 || bits > 28) {
      throw new IllegalArgumentException("table bits must be within 8..28, got " + bits);
    }
    if (halvingInterval < 1) {
      throw new IllegalArgumentException(
          "halving interval must be positive, got " + halvingInterval);
    }
    this.counts = new int[1 << bits];
    this.mask = (1 << bits) - 1;
    this.halvingInterval = halvingInterval;
  }

  /** Counts one document with these distinct term keys. */
  public void observe(int[] distinctKeys) {
    for (int key : distinctKeys) {
      int slot = slot(key);
      if (counts[slot] < Integer.MAX_VALUE) {
        counts[slot]++;
      }
    }
    documents++;
    if (++sinceHalving >= halvingInterval) {
      halve();
    }
  }

  /** Inverse document frequency of a key; never negative. */
  public double idf(int key) {
    double idf = Math.log((documents + prior + 1) / (counts[slot(key)] + 0.5));
    return Math.max(0, idf);
  }

  /** Documents counted (after halvings, so a weighted count). */
  public double documents() {
    return documents;
  }

  /** Heap bytes of the table. */
  public long bytes() {
    return 16 + 4L * counts.length;
  }

  private void halve() {
    for (int i = 0; i < counts.length; i++) {
      counts[i] >>>= 1;
    }
    documents /= 2;
    sinceHalving = 0;
  }

  private int slot(int key) {
    int h = key * 0x9E3779B1;
    return (h ^ (h >>> 15)) & mask;
  }
}
