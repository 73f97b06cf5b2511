package org.warta.stories.vector;

import java.util.Arrays;
import java.util.Map;
import org.warta.core.Language;

/**
 * Turns an article's term counts into its unit TF-IDF vector: keys per {@link TermKey}, the
 * document counted in the {@link TermStatistics} first, weight {@code (1 + ln tf) * idf}, only the
 * {@code maxTerms} heaviest terms kept (a bound on memory and time per article), then
 * L2-normalised.
 */
public final class Weighting {
  private Weighting() {}

  /** The article vector; {@link SparseVector#EMPTY} when no term has weight. */
  public static SparseVector weigh(
      Map<String, Float> counts, Language language, TermStatistics stats, int maxTerms) {
    if (counts.isEmpty()) {
      stats.observe(new int[0]);
      return SparseVector.EMPTY;
    }
    int[] keys = new int[counts.size()];
    float[] tf = new float[counts.size()];
    int n = 0;
    for (Map.Entry<String, Float> e : counts.entrySet()) {
      keys[n] = TermKey.of(e.getKey(), language);
      tf[n++] = e.getValue();
    }
    SparseVector merged = SparseVector.of(keys, tf);
    int[] distinct = new int[merged.size()];
    for (int i = 0; i < distinct.length; i++) {
      distinct[i] = merged.key(i);
    }
    stats.observe(distinct);
    float[] w = new float[merged.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) ((1 + Math.log(Math.max(1, merged.value(i)))) * stats.idf(merged.key(i)));
    }
    return top(distinct, w, maxTerms).normalised();
  }

  /**
   * The {@code max} heaviest non-zero entries of parallel arrays, sorted by key (ties broken by
   * key, so the result is deterministic).
   */
  public static SparseVector topOf(int[] keys, float[] weights, int max) {
    return top(keys, weights, max);
  }

  static SparseVector top(int[] keys, float[] weights, int max) {
    if (keys.length <= max) {
      int n = 0;
      int[] k = new int[keys.length];
      float[] v = new float[keys.length];
      for (int i = 0; i < keys.length; i++) {
        if (weights[i] > 0) {
          k[n] = keys[i];
          v[n++] = weights[i];
        }
      }
      return SparseVector.of(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
    }
    // positive floats order like their bit patterns: sort (weight, -key) packed in longs
    long[] packed = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      float w = Math.max(0f, weights[i]);
      packed[i] = ((long) Float.floatToIntBits(w) << 32) | (0xffffffffL & ~keys[i]);
    }
    Arrays.sort(packed);
    int n = 0;
    int[] k = new int[max];
    float[] v = new float[max];
    for (int i = packed.length - 1; i >= 0 && n < max; i--) {
      float w = Float.intBitsToFloat((int) (packed[i] >>> 32));
      if (w > 0) {
        k[n] = ~(int) packed[i];
        v[n++] = w;
      }
    }
    return SparseVector.of(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
  }
}
