package org.warta.dedupe.text;

/**
 * The 64-bit hashing dedupe uses for tokens and shingles. Stable across runs and JVMs (state can be
 * rebuilt by replaying articles), well mixed in every bit (the top bits drive sampling, the low
 * bits Bloom positions and index keys).
 */
public final class Hash64 {
  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;
  private static final long SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15L;

  private Hash64() {}

  /** The starting value of an incremental token hash ({@link #addChar}). */
  public static long start() {
    return FNV_OFFSET;
  }

  /** FNV-1a step over one UTF-16 unit. */
  public static long addChar(long hash, char c) {
    return (hash ^ c) * FNV_PRIME;
  }

  /** The hash of a whole string, equal to feeding its chars to {@link #addChar}. */
  public static long of(CharSequence s) {
    long h = start();
    for (int i = 0; i < s.length(); i++) {
      h = addChar(h, s.charAt(i));
    }
    return mix(h);
  }

  /**
   * The hash of {@code n} consecutive token hashes starting at {@code from}: order-sensitive
   * polynomial combination, then {@link #mix}.
   */
  public static long shingle(long[] tokens, int from, int n) {
    long h = 0;
    for (int i = from; i < from + n; i++) {
      h = h * SHINGLE_MULTIPLIER + tokens[i];
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: a bijection that spreads every input bit over the output. */
  public static long mix(long x) {
    long z = x;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
