package org.warta.dedupe.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CopySketchTest {

  @Property
  void neverMissesAnAddedShingle(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @DoubleRange(min = 1, max = 8) double bitsPerElement) {
    long[] elements = random(seed, n);
    int words = CopySketch.words(n, bitsPerElement, 1024);
    long[] pool = new long[words + 3];
    CopySketch.fill(pool, 3, words, elements);
    int k = CopySketch.hashes(n, words);

    for (long h : elements) {
      assertThat(CopySketch.mayContain(pool, 3, words, k, h)).isTrue();
    }
    assertThat(pool[0] | pool[1] | pool[2]).as("writes stay inside the sketch").isZero();
  }

  @Property
  void aTextCopiedWholeIsCoveredWhole(
      @ForAll long seed, @ForAll @IntRange(min = 20, max = 600) int n) {
    long[] text = random(seed, n);
    int words = CopySketch.words(n, 1.5, 1024);
    long[] pool = new long[words];
    CopySketch.fill(pool, 0, words, text);
    int k = CopySketch.hashes(n, words);
    int minRun = CopySketch.minRunFor(CopySketch.falsePositiveRate(pool, 0, words, k), 8, 1e-4);

    assertThat(CopySketch.runCover(text, pool, 0, words, k, Math.min(minRun, n))).isEqualTo(n);
  }

  @Property(tries = 200)
  void unrelatedTextsShareAlmostNothingOnceRunsAreRequired(
      @ForAll long seed, @ForAll @IntRange(min = 50, max = 680) int n) {
    long[] stored = random(seed, n);
    long[] query = random(~seed, 1000);
    int words = CopySketch.words(n, 1.5, 1024);
    long[] pool = new long[words];
    CopySketch.fill(pool, 0, words, stored);
    int k = CopySketch.hashes(n, words);
    double f = CopySketch.falsePositiveRate(pool, 0, words, k);
    int minRun = CopySketch.minRunFor(f, 8, 1e-4);

    int cover = CopySketch.runCover(query, pool, 0, words, k, minRun);
    assertThat(cover).as("false positives at rate %.2f, runs of %d", f, minRun).isLessThan(40);
  }

  @Test
  void runsShorterThanTheMinimumDoNotCount() {
    long[] stored = random(1, 100);
    long[] pool = new long[CopySketch.words(100, 64, 1 << 20)];
    CopySketch.fill(pool, 0, pool.length, stored);
    int k = CopySketch.hashes(100, pool.length);
    long[] fresh = random(2, 20);
    long[] query = new long[60];
    System.arraycopy(stored, 0, query, 0, 6); // a 6-shingle phrase in common
    System.arraycopy(fresh, 0, query, 6, 20);
    System.arraycopy(stored, 50, query, 26, 34); // a copied passage of 34 shingles

    assertThat(CopySketch.runCover(query, pool, 0, pool.length, k, 8)).isEqualTo(34);
  }

  @Test
  void theRunLengthGrowsWithTheFalsePositiveRate() {
    assertThat(CopySketch.minRunFor(0.0, 8, 1e-4)).isEqualTo(8);
    assertThat(CopySketch.minRunFor(0.3, 8, 1e-4)).isEqualTo(8);
    assertThat(CopySketch.minRunFor(0.5, 8, 1e-4)).isEqualTo(14);
    assertThat(CopySketch.minRunFor(0.999, 8, 1e-4)).isEqualTo(255);
  }

  @Property
  void samplingIsConsistentAcrossTexts(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int n) {
    long[] a = random(seed, n);
    long[] b = random(seed + 1, n);
    long[] ab = new long[2 * n];
    System.arraycopy(a, 0, ab, 0, n);
    System.arraycopy(b, 0, ab, n, n);
    long t = Sampling.threshold(0.3);

    long[] joined = Sampling.subsequence(ab, t);
    long[] sa = Sampling.subsequence(a, t);
    long[] sb = Sampling.subsequence(b, t);
    assertThat(Arrays.copyOfRange(joined, 0, sa.length)).containsExactly(sa);
    assertThat(Arrays.copyOfRange(joined, sa.length, joined.length)).containsExactly(sb);
  }

  private static long[] random(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = r.nextLong();
    }
    return out;
  }
}
