package org.warta.dedupe.sketch;

/**
 * A Bloom filter over one article's sampled shingles, stored in a caller's {@code long[]} pool
 * (dedupe keeps many of them back to back), and the run-cover measure against it.
 *
 * <p>The filter has {@code words * 64} bits and {@code k} = 2 hash positions when it has at least
 * two bits per element, else 1 (both derived from the element count, so nothing else is stored). It
 * never misses an element; its false-positive rate {@code f} is known from its fill. A query text's
 * sampled shingles are tested in order, and only runs of at least {@code minRun} consecutive hits
 * count as copied: a run of {@code r} false positives has probability {@code f^r}, so {@link
 * #minRunFor} picks {@code r} to make spurious runs negligible. Fragmented overlap (rewritten
 * sentences that share phrases) is ignored the same way: one changed word breaks five shingles.
 */
public final class CopySketch {
  private CopySketch() {}

  /** Filter size in 64-bit words for {@code elements} elements. */
  public static int words(int elements, double bitsPerElement, int maxBits) {
    long bits = (long) Math.ceil(Math.max(1, elements) * bitsPerElement);
    bits = Math.min(Math.max(bits, 64), Math.max(64, maxBits));
    return (int) ((bits + 63) / 64);
  }

  /** Hash positions per element for this size. */
  public static int hashes(int elements, int words) {
    return (long) words * 64 >= 2L * Math.max(1, elements) ? 2 : 1;
  }

  /** Adds every hash of {@code elements} to the filter at {@code pool[offset .. offset+words)}. */
  public static void fill(long[] pool, int offset, int words, long[] elements) {
    int k = hashes(elements.length, words);
    long bits = (long) words * 64;
    for (long h : elements) {
      int p = position(h, 0, bits);
      pool[offset + (p >>> 6)] |= 1L << p;
      if (k == 2) {
        int q = position(h, 1, bits);
        pool[offset + (q >>> 6)] |= 1L << q;
      }
    }
  }

  /** Whether the filter may contain {@code h} (never false for an added element). */
  public static boolean mayContain(long[] pool, int offset, int words, int k, long h) {
    long bits = (long) words * 64;
    int p = position(h, 0, bits);
    if ((pool[offset + (p >>> 6)] & (1L << p)) == 0) {
      return false;
    }
    if (k == 1) {
      return true;
    }
    int q = position(h, 1, bits);
    return (pool[offset + (q >>> 6)] & (1L << q)) != 0;
  }

  /** False-positive rate of a filled filter: (share of set bits)^k. */
  public static double falsePositiveRate(long[] pool, int offset, int words, int k) {
    long set = 0;
    for (int i = 0; i < words; i++) {
      set += Long.bitCount(pool[offset + i]);
    }
    double fill = set / (words * 64.0);
    return k == 1 ? fill : fill * fill;
  }

  /**
   * The shortest run of hits that counts as copied for a filter with false-positive rate {@code f}:
   * at least {@code floor}, and long enough that a run of false positives has probability below
   * {@code epsilon} per position.
   */
  public static int minRunFor(double f, int floor, double epsilon) {
    if (f <= 0) {
      return floor;
    }
    if (f >= 0.99) {
      return 255;
    }
    int r = (int) Math.ceil(Math.log(epsilon) / Math.log(f));
    return Math.min(255, Math.max(floor, r));
  }

  /**
   * How many of {@code query}'s sampled shingles lie in runs of at least {@code minRun} consecutive
   * hits against the filter: the sampled length of the passages copied between the query text and
   * the filtered one.
   */
  public static int runCover(long[] query, long[] pool, int offset, int words, int k, int minRun) {
    int cover = 0;
    int run = 0;
    for (long h : query) {
      if (mayContain(pool, offset, words, k, h)) {
        run++;
      } else {
        if (run >= minRun) {
          cover += run;
        }
        run = 0;
      }
    }
    return run >= minRun ? cover + run : cover;
  }

  /** Bit position {@code j} (0 or 1) from the low 40 bits of the hash, by multiply-shift. */
  private static int position(long h, int j, long bits) {
    long part = j == 0 ? (h & 0xFFFFF) : ((h >>> 20) & 0xFFFFF);
    return (int) ((part * bits) >>> 20);
  }
}
