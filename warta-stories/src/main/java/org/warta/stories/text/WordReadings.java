package org.warta.stories.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A memo of {@link WordReading}s per profile: news text repeats a small vocabulary, and reading a
 * word (four lexicon lookups, stemming, two string concatenations) costs more than one hash lookup.
 * Bounded: a profile's memo is emptied when it reaches {@link #MAX_WORDS} words (a rare word costs
 * a fresh reading, never a wrong one). Not thread-safe.
 */
final class WordReadings {
  /** Words remembered per profile at most (a few MB). */
  static final int MAX_WORDS = 65_536;

  private final Lexicon lexicon;
  private final Map<Profile, Map<String, WordReading>> memo = new HashMap<>();

  WordReadings(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The reading of a lower-cased word for the profile. */
  WordReading of(String lower, Profile profile) {
    Map<String, WordReading> words = memo.computeIfAbsent(profile, p -> new HashMap<>());
    WordReading r = words.get(lower);
    if (r == null) {
      if (words.size() >= MAX_WORDS) {
        words.clear();
      }
      r = WordReading.of(lower, lexicon, profile);
      words.put(lower, r);
    }
    return r;
  }
}
