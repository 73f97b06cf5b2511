package org.warta.dedupe;

import java.time.Duration;

/**
 * Every knob of {@link DuplicateDetector}, with {@link #defaults()} tuned on the dev sets of {@code
 * shared/bench/dedup}. Validated on construction; messages name the setting.
 *
 * @param window how long an article stays comparable after it was seen
 * @param maxArticles the most articles kept (the memory bound: about 130 bytes each)
 * @param segmentArticles articles per small segment of the window
 * @param mergeFactor small segments merged into one large segment (segmentArticles * mergeFactor ≤
 *     65 536)
 * @param sampleRate share of shingles kept in the copy sketch (consistent sampling)
 * @param sketchBitsPerShingle Bloom filter bits per sampled shingle
 * @param sketchMaxBits cap on one sketch's bits (long texts get a fuller filter and need longer
 *     runs)
 * @param minRun shortest copied passage that counts, in shingles (scaled by a sketch's sampling
 *     rate, and lengthened for fuller sketches)
 * @param runEpsilon per-position probability allowed for a run of false positives
 * @param indexRate share of shingles posted in the index (consistent sampling)
 * @param lookupRate share of a new text's shingles looked up (≥ indexRate; reaches the extra keys
 *     of short texts)
 * @param minKeys keys a short text is posted under even below indexRate
 * @param maxKeys keys a long text is posted under at most
 * @param maxPostingsPerKey postings read per key and segment (keys shared by very many articles are
 *     boilerplate)
 * @param maxCandidates candidates verified per new article, most index hits first
 * @param threshold share of the shorter text that must be copied for a near-duplicate
 * @param mergeThreshold share above which a new article also merges the other groups it copies
 * @param minSharedShingles copied shingles required unless nearly all of the shorter text is copied
 *     ("short texts match on one shared paragraph")
 * @param wholeCopy share of the shorter text above which {@code minSharedShingles} is waived
 * @param maxTokens words of one text considered (hostile input bound)
 */
public record DedupeSettings(
    Duration window,
    long maxArticles,
    int segmentArticles,
    int mergeFactor,
    double sampleRate,
    double sketchBitsPerShingle,
    int sketchMaxBits,
    int minRun,
    double runEpsilon,
    double indexRate,
    double lookupRate,
    int minKeys,
    int maxKeys,
    int maxPostingsPerKey,
    int maxCandidates,
    double threshold,
    double mergeThreshold,
    int minSharedShingles,
    double wholeCopy,
    int maxTokens) {

  public DedupeSettings {
    positive(window.toMinutes(), "window (minutes)");
    positive(maxArticles, "maxArticles");
    positive(segmentArticles, "segmentArticles");
    positive(mergeFactor, "mergeFactor");
    if ((long) segmentArticles * mergeFactor > 65_536) {
      throw new IllegalArgumentException(
          "segmentArticles * mergeFactor must be at most 65536, got "
              + segmentArticles
              + " * "
              + mergeFactor);
    }
    rate(sampleRate, "sampleRate");
    rate(indexRate, "indexRate");
    rate(lookupRate, "lookupRate");
    if (lookupRate < indexRate) {
      throw new IllegalArgumentException(
          "lookupRate must be at least indexRate, got " + lookupRate + " < " + indexRate);
    }
    if (!(sketchBitsPerShingle >= 1 && sketchBitsPerShingle <= 64)) {
      throw new IllegalArgumentException(
          "sketchBitsPerShingle must be in [1, 64], got " + sketchBitsPerShingle);
    }
    positive(sketchMaxBits, "sketchMaxBits");
    positive(minRun, "minRun");
    rate(runEpsilon, "runEpsilon");
    positive(minKeys, "minKeys");
    if (maxKeys < minKeys) {
      throw new IllegalArgumentException("maxKeys must be at least minKeys, got " + maxKeys);
    }
    positive(maxPostingsPerKey, "maxPostingsPerKey");
    positive(maxCandidates, "maxCandidates");
    rate(threshold, "threshold");
    rate(mergeThreshold, "mergeThreshold");
    rate(wholeCopy, "wholeCopy");
    positive(minSharedShingles, "minSharedShingles");
    positive(maxTokens, "maxTokens");
  }

  /** The tuned defaults: a 7-day window of at most 250 000 articles. */
  public static DedupeSettings defaults() {
    return new DedupeSettings(
        Duration.ofDays(7),
        250_000,
        8_192,
        8,
        1.0,
        1.5,
        1_024,
        8,
        1e-4,
        1.0 / 32,
        1.0 / 8,
        8,
        32,
        2_000,
        64,
        0.5,
        0.8,
        30,
        0.8,
        20_000);
  }

  /** These settings with another window and article cap. */
  public DedupeSettings withWindow(Duration newWindow, long newMaxArticles) {
    return new DedupeSettings(
        newWindow,
        newMaxArticles,
        segmentArticles,
        mergeFactor,
        sampleRate,
        sketchBitsPerShingle,
        sketchMaxBits,
        minRun,
        runEpsilon,
        indexRate,
        lookupRate,
        minKeys,
        maxKeys,
        maxPostingsPerKey,
        maxCandidates,
        threshold,
        mergeThreshold,
        minSharedShingles,
        wholeCopy,
        maxTokens);
  }

  /** These settings with other segment sizes (small windows, tests). */
  public DedupeSettings withSegments(int newSegmentArticles, int newMergeFactor) {
    return new DedupeSettings(
        window,
        maxArticles,
        newSegmentArticles,
        newMergeFactor,
        sampleRate,
        sketchBitsPerShingle,
        sketchMaxBits,
        minRun,
        runEpsilon,
        indexRate,
        lookupRate,
        minKeys,
        maxKeys,
        maxPostingsPerKey,
        maxCandidates,
        threshold,
        mergeThreshold,
        minSharedShingles,
        wholeCopy,
        maxTokens);
  }

  private static void positive(long v, String name) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + v);
    }
  }

  private static void rate(double v, String name) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1], got " + v);
    }
  }
}
