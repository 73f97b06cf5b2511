package org.warta.dedupe;

import java.util.Arrays;
import org.warta.dedupe.sketch.CopySketch;
import org.warta.dedupe.sketch.Sampling;
import org.warta.dedupe.text.Shingler;
import org.warta.dedupe.text.Shingles;
import org.warta.dedupe.text.TextCleaner;

/** Computes a candidate's {@link Fingerprint} under given settings. Thread-safe. */
final class Fingerprinter {
  /** Keys one text looks up at most (bounds the cost of hostile, huge texts). */
  static final int MAX_LOOKUPS = 512;

  private final DedupeSettings settings;
  private final Shingler shingler = new Shingler(TextCleaner.allLanguages());
  private final long sampleThreshold;
  private final long indexThreshold;
  private final long lookupThreshold;

  Fingerprinter(DedupeSettings settings) {
    this.settings = settings;
    this.sampleThreshold = Sampling.threshold(settings.sampleRate());
    this.indexThreshold = Sampling.threshold(settings.indexRate());
    this.lookupThreshold = Sampling.threshold(settings.lookupRate());
  }

  Fingerprint of(Candidate c) {
    Shingler.Result r = shingler.shingle(c.title(), bounded(c.bodyText()));
    Shingles s = r.shingles();
    long threshold = sampleThreshold(s.sequence().length);
    long[] sampled = Sampling.subsequence(s.sequence(), threshold);
    int words =
        CopySketch.words(sampled.length, settings.sketchBitsPerShingle(), settings.sketchMaxBits());
    long[] sketch = new long[words];
    CopySketch.fill(sketch, 0, words, sampled);
    int k = CopySketch.hashes(sampled.length, words);
    double f = CopySketch.falsePositiveRate(sketch, 0, words, k);
    double rate = threshold / (double) Sampling.SCALE;
    int floor = Math.max(2, (int) Math.round(settings.minRun() * rate));
    int minRun = CopySketch.minRunFor(f, floor, settings.runEpsilon());
    long[] distinct = distinctUnsigned(s.sequence());
    int[] indexKeys = indexKeys(distinct);
    int[] lookupKeys = lookupKeys(distinct, indexKeys);
    return new Fingerprint(
        s,
        (int) threshold,
        sampled,
        sketch,
        minRun,
        indexKeys,
        lookupKeys,
        c.wireCredit().or(r.text()::credit),
        r.text().sources());
  }

  /**
   * The sketch's sampling threshold for a text of {@code shingles} shingles: the configured rate,
   * lowered for long texts so that the sketch holds at most as many shingles as its bit cap covers
   * at the configured bits per shingle (a fuller filter would fake copied runs).
   */
  private long sampleThreshold(int shingles) {
    double cap = settings.sketchMaxBits() / settings.sketchBitsPerShingle();
    double rate = Math.min(settings.sampleRate(), cap / Math.max(1, shingles));
    long t = Math.min(sampleThreshold, Math.round(rate * Sampling.SCALE));
    return Math.max(256, t & ~255L); // a multiple of 256: the window stores it in 16 bits
  }

  /** At most {@code maxTokens} words' worth of text (about 12 characters per word). */
  private String bounded(String body) {
    long limit = (long) settings.maxTokens() * 12;
    return body.length() > limit ? body.substring(0, (int) limit) : body;
  }

  /**
   * The sampled shingles below the index rate, at most maxKeys (lowest hashes first); texts with
   * fewer than minKeys such shingles take their minKeys lowest.
   */
  private int[] indexKeys(long[] distinct) {
    int below = 0;
    while (below < distinct.length && Sampling.sampled(distinct[below], indexThreshold)) {
      below++;
    }
    int n =
        Math.min(
            distinct.length, Math.min(settings.maxKeys(), Math.max(below, settings.minKeys())));
    int[] keys = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (int) distinct[i];
    }
    return keys;
  }

  /**
   * The shingles below the lookup rate (lowest first, at most {@value #MAX_LOOKUPS}: a very long
   * text looks up its lowest hashes only), and at least its own index keys.
   */
  private int[] lookupKeys(long[] distinct, int[] indexKeys) {
    int below = 0;
    while (below < distinct.length
        && below < MAX_LOOKUPS
        && Sampling.sampled(distinct[below], lookupThreshold)) {
      below++;
    }
    int n = Math.max(below, indexKeys.length);
    int[] keys = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (int) distinct[i];
    }
    return keys;
  }

  /** The distinct hashes in unsigned order (lowest top bits first). */
  private static long[] distinctUnsigned(long[] sequence) {
    long[] sorted = new long[sequence.length];
    for (int i = 0; i < sequence.length; i++) {
      sorted[i] = sequence[i] ^ Long.MIN_VALUE;
    }
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = sorted[i] ^ Long.MIN_VALUE;
    }
    return out;
  }
}
