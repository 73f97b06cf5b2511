package org.warta.langid.model;

import java.util.Arrays;
import java.util.List;

/**
 * Character n-gram models of many languages in two flat arrays: the entries, sorted by n-gram key
 * ({@link NgramKey}), each the language and the quantised log of the conditional probability of the
 * n-gram's last letter given the letters before it (as Lingua's models store it), and a hash table
 * from each key to its run of entries. Text is scored as a character 5-gram Markov chain inside
 * each word, backing off to shorter contexts with a fixed penalty when a language lacks the longer
 * n-gram ("stupid backoff", Brants et al. 2007), and to a floor when it lacks even the letter.
 * About 9 bytes per entry; immutable and thread-safe.
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

  /** Most entries a model holds: the hash table stores an entry index in 23 bits. */
  static final int MAX_ENTRIES = 1 << 23;

  private final List<ModelLanguage> languages;
  private final short[] entries;

  /**
   * Open-addressing hash table (linear probing, at most half full) from an n-gram key to its run of
   * entries: each slot holds the key in its high 32 bits and, in its low 32, the run's length (bits
   * 23 and up) and its first entry index (bits 0 to 22); a slot with a zero low half is empty,
   * since a run has at least one entry. One look-up reads one or two neighbouring longs instead of
   * a binary search over the sorted keys.
   */
  private final long[] table;

  private final int mask;

  NgramModel(List<ModelLanguage> languages, int[] keys, short[] entries) {
    if (keys.length != entries.length || keys.length > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "a model holds at most " + MAX_ENTRIES + " entries, one per key");
    }
    this.languages = List.copyOf(languages);
    this.entries = entries;
    int distinct = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        distinct++;
      }
    }
    int slots = Integer.highestOneBit(Math.max(2, distinct * 2 - 1)) << 1;
    this.table = new long[slots];
    this.mask = slots - 1;
    for (int from = 0; from < keys.length; ) {
      int key = keys[from];
      int to = from + 1;
      while (to < keys.length && keys[to] == key) {
        to++;
      }
      if (to - from > NgramModelBuilder.MAX_LANGUAGES) {
        throw new IllegalArgumentException("more entries under one key than languages");
      }
      int slot = key & mask;
      while ((int) table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = ((long) key << 32) | ((long) (to - from) << 23) | from;
      from = to;
    }
  }

  /** The languages, in the order of {@link Scores#logLikelihood()}. */
  public List<ModelLanguage> languages() {
    return languages;
  }

  /** The key of every entry, in entry order (sorted), rebuilt from the hash table. */
  int[] keys() {
    int[] keys = new int[entries.length];
    for (long slot : table) {
      int run = (int) slot;
      if (run != 0) {
        int from = run & (MAX_ENTRIES - 1);
        Arrays.fill(keys, from, from + (run >>> 23), (int) (slot >>> 32));
      }
    }
    return keys;
  }

  short[] entries() {
    return entries;
  }

  /** Bytes of heap the tables take (entries, hash table), without object headers. */
  public long memoryBytes() {
    return 2L * entries.length + 8L * table.length;
  }

  /** Number of stored (n-gram, language) entries. */
  public int size() {
    return entries.length;
  }

  /**
   * Scores every language on the given lower-cased words. A word's look-ups (every n-gram ending at
   * every letter) are all made, and the first entry of each run read, before any score is added:
   * they do not depend on one another, so the processor overlaps their cache misses instead of
   * waiting for each in turn (the tables are far larger than the caches). The scores are then added
   * in the same order as one look-up at a time would.
   */
  public Scores score(List<String> words) {
    int n = languages.size();
    double[] gain = new double[n];
    int[] stamp = new int[n];
    Arrays.fill(stamp, -1);
    int[] cps = new int[0];
    int[] runs = new int[0];
    short[] heads = new short[0];
    int position = 0;
    for (String word : words) {
      if (cps.length < word.length()) {
        cps = new int[word.length() * 2];
      }
      int length = codePoints(word, cps);
      if (runs.length < length * MAX_ORDER) {
        runs = new int[length * MAX_ORDER * 2];
        heads = new short[runs.length];
      }
      for (int i = 0; i < length; i++) {
        for (int k = Math.min(MAX_ORDER - 1, i); k >= 0; k--) {
          runs[i * MAX_ORDER + k] = run(NgramKey.of(cps, i - k, i + 1));
        }
      }
      for (int i = 0; i < length; i++) {
        for (int k = Math.min(MAX_ORDER - 1, i); k >= 0; k--) {
          int run = runs[i * MAX_ORDER + k];
          heads[i * MAX_ORDER + k] = run == 0 ? 0 : entries[run & (MAX_ENTRIES - 1)];
        }
      }
      for (int i = 0; i < length; i++, position++) {
        scorePosition(runs, heads, i, position, gain, stamp);
      }
    }
    for (int l = 0; l < n; l++) {
      gain[l] += position * FLOOR;
    }
    return new Scores(languages, gain, position);
  }

  /**
   * Writes the word's code points into {@code out} (at least as long as the word), as {@link
   * String#codePoints()} gives them (an unpaired surrogate stands for itself), and returns how
   * many.
   */
  static int codePoints(String word, int[] out) {
    int length = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      out[length++] = cp;
      i += Character.charCount(cp);
    }
    return length;
  }

  /**
   * Adds, for each language, how much better than the floor it predicts letter {@code i}, given the
   * runs of the n-grams ending there and their first entries ({@code runs[i * MAX_ORDER + k]} for
   * the n-gram of {@code k + 1} letters).
   */
  private void scorePosition(
      int[] runs, short[] heads, int i, int position, double[] gain, int[] stamp) {
    int longest = Math.min(MAX_ORDER - 1, i);
    for (int k = longest; k >= 0; k--) {
      double[] gains = GAINS[longest - k];
      int run = runs[i * MAX_ORDER + k];
      int from = run & (MAX_ENTRIES - 1);
      int end = from + (run >>> 23);
      for (int j = from; j < end; j++) {
        short entry = j == from ? heads[i * MAX_ORDER + k] : entries[j];
        int language = (entry >>> 8) & 0xFF;
        if (stamp[language] == position) {
          continue;
        }
        stamp[language] = position;
        gain[language] += gains[entry & 0xFF];
      }
    }
  }

  /**
   * What an entry adds to its language's score, by backoff steps and quantum: {@code max(-quantum *
   * STEP + steps * BACKOFF, FLOOR) - FLOOR}, computed once with the same operations (so the same
   * doubles) instead of per entry.
   */
  private static final double[][] GAINS = gains();

  private static double[][] gains() {
    double[][] gains = new double[MAX_ORDER][256];
    for (int steps = 0; steps < MAX_ORDER; steps++) {
      double penalty = steps * BACKOFF;
      for (int quantum = 0; quantum < 256; quantum++) {
        double logP = -quantum * STEP + penalty;
        gains[steps][quantum] = Math.max(logP, FLOOR) - FLOOR;
      }
    }
    return gains;
  }

  /** The packed run (length, first index) stored under {@code key}, or 0 when it has none. */
  private int run(int key) {
    for (int slot = key & mask; ; slot = (slot + 1) & mask) {
      long entry = table[slot];
      int run = (int) entry;
      if (run == 0 || (int) (entry >>> 32) == key) {
        return run;
      }
    }
  }
}
