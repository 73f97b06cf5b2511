package org.warta.stories.text;

/**
 * A small memo of {@link WordReading}s: news text repeats a few thousand common words, and reading
 * a word (four lexicon lookups, stemming, two string concatenations) costs more than finding it
 * again. Direct-mapped with {@link #SLOTS} slots per profile, a word replacing whatever shared its
 * slot: small enough to stay in the processor's cache (a larger memo of every word costs a cache
 * miss per lookup and is slower than reading the word anew). A rare word costs a fresh reading,
 * never a wrong one. Not thread-safe.
 */
final class WordReadings {
  /** Slots per profile (a power of two). */
  static final int SLOTS = 4_096;

  private final Lexicon lexicon;
  private final String[][] words = new String[Profile.values().length][SLOTS];
  private final WordReading[][] readings = new WordReading[Profile.values().length][SLOTS];

  WordReadings(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The reading of a lower-cased word for the profile. */
  WordReading of(String lower, Profile profile) {
    int p = profile.ordinal();
    int h = lower.hashCode();
    int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
    WordReading r = readings[p][slot];
    if (r == null || !lower.equals(words[p][slot])) {
      r = WordReading.of(lower, lexicon, profile);
      words[p][slot] = lower;
      readings[p][slot] = r;
    }
    return r;
  }
}
