package org.warta.dedupe.sketch;

/**
 * Consistent sampling of shingle hashes by their top 24 bits: a shingle is in a sample of rate
 * {@code r} when {@code (hash >>> 40) < r * 2^24}, whichever text it occurs in. Two copies of a
 * passage therefore sample the same shingles, in the same order.
 */
public final class Sampling {
  /** 2^24: the resolution of sampling rates. */
  public static final int SCALE = 1 << 24;

  private Sampling() {}

  /** The threshold for a rate in (0, 1]. */
  public static long threshold(double rate) {
    if (!(rate > 0 && rate <= 1)) {
      throw new IllegalArgumentException("sampling rate must be in (0, 1], got " + rate);
    }
    return Math.round(rate * SCALE);
  }

  /** Whether a hash is in the sample with this threshold. */
  public static boolean sampled(long hash, long threshold) {
    return (hash >>> 40) < threshold;
  }

  /** The sampled subsequence of a shingle sequence, order and repeats kept. */
  public static long[] subsequence(long[] sequence, long threshold) {
    int n = 0;
    for (long h : sequence) {
      if (sampled(h, threshold)) {
        n++;
      }
    }
    long[] out = new long[n];
    int i = 0;
    for (long h : sequence) {
      if (sampled(h, threshold)) {
        out[i++] = h;
      }
    }
    return out;
  }
}
