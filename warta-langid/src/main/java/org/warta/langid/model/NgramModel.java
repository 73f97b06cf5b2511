package org.warta.langid.model;

import java.util.Arrays;
import java.util.List;

/**
 * Character n-gram models of many languages in two flat arrays: the n-gram keys ({@link NgramKey}),
 * sorted, and beside each the language and the quantised log of the conditional probability of the
 * n-gram's last letter given the letters before it (as Lingua's models store it). Text is scored as
 * a character 5-gram Markov chain inside each word, backing off to shorter contexts with a fixed
 * penalty when a language lacks the longer n-gram ("stupid backoff", Brants et al. 2007), and to a
 * floor when it lacks even the letter. About 6 bytes per entry; immutable and thread-safe.
 */
public final class NgramModel {
  /** Longest n-gram, in letters. */
  public static final int MAX_ORDER = 5;

  /** Natural-log units of one quantisation step. */
  public static final double STEP = 0.08;

  /**
   * Largest quantum; stored values are clamped to it (log probability {@code -MAX_QUANTUM*STEP}).
   */
  public static final int MAX_QUANTUM = 230;

  /** Penalty for each step down to a shorter context. */
  static final double BACKOFF = Math.log(0.4);

  /** Log probability of a letter a language has never seen. */
  static final double FLOOR = Math.log(1e-8);

  private final List<ModelLanguage> languages;
  private final int[] keys;
  private final short[] entries;

  /**
   * Where the keys with each value of their top 16 bits start (in signed order), so that a look-up
   * searches a few dozen neighbouring entries instead of the whole array: the difference between
   * memory-bound and cache-friendly scoring.
   */
  private final int[] bucketStart;

  NgramModel(List<ModelLanguage> languages, int[] keys, short[] entries) {
    this.languages = List.copyOf(languages);
    this.keys = keys;
    this.entries = entries;
    this.bucketStart = new int[(1 << 16) + 1];
    int k = 0;
    for (int b = 0; b < 1 << 16; b++) {
      bucketStart[b] = k;
      while (k < keys.length && bucket(keys[k]) == b) {
        k++;
      }
    }
    bucketStart[1 << 16] = keys.length;
  }

  private static int bucket(int key) {
    return (key >>> 16) ^ 0x8000;
  }

  /** The languages, in the order of {@link Scores#logLikelihood()}. */
  public List<ModelLanguage> languages() {
    return languages;
  }

  int[] keys() {
    return keys;
  }

  short[] entries() {
    return entries;
  }

  /** Bytes of heap the tables take (keys, entries, bucket index), without object headers. */
  public long memoryBytes() {
    return 4L * keys.length + 2L * entries.length + 4L * bucketStart.length;
  }

  /** Number of stored (n-gram, language) entries. */
  public int size() {
    return keys.length;
  }

  /** Scores every language on the given lower-cased words. */
  public Scores score(List<String> words) {
    int n = languages.size();
    double[] gain = new double[n];
    int[] stamp = new int[n];
    Arrays.fill(stamp, -1);
    int position = 0;
    for (String word : words) {
      int[] cps = word.codePoints().toArray();
      for (int i = 0; i < cps.length; i++, position++) {
        scorePosition(cps, i, position, gain, stamp);
      }
    }
    for (int l = 0; l < n; l++) {
      gain[l] += position * FLOOR;
    }
    return new Scores(languages, gain, position);
  }

  /** Adds, for each language, how much better than the floor it predicts letter {@code i}. */
  private void scorePosition(int[] cps, int i, int position, double[] gain, int[] stamp) {
    int longest = Math.min(MAX_ORDER - 1, i);
    for (int k = longest; k >= 0; k--) {
      int key = NgramKey.of(cps, i - k, i + 1);
      double penalty = (longest - k) * BACKOFF;
      for (int j = firstIndex(key); j >= 0 && j < keys.length && keys[j] == key; j++) {
        int language = (entries[j] >>> 8) & 0xFF;
        if (stamp[language] == position) {
          continue;
        }
        stamp[language] = position;
        double logP = -(entries[j] & 0xFF) * STEP + penalty;
        gain[language] += Math.max(logP, FLOOR) - FLOOR;
      }
    }
  }

  private int firstIndex(int key) {
    int b = bucket(key);
    int from = bucketStart[b];
    int at = Arrays.binarySearch(keys, from, bucketStart[b + 1], key);
    if (at < 0) {
      return -1;
    }
    while (at > from && keys[at - 1] == key) {
      at--;
    }
    return at;
  }
}
