package org.warta.stories.text;

import org.warta.core.Language;

/**
 * Which language resources (stop words, stemmer, lexicon side, number writing) apply to a text.
 * Malay shares the Indonesian resources; any other language gets the stop words of both and no
 * stemming.
 */
public enum Profile {
  ENGLISH,
  INDONESIAN,
  OTHER;

  /** The profile for an article language. */
  public static Profile of(Language language) {
    return switch (language.code()) {
      case "en" -> ENGLISH;
      case "id", "ms" -> INDONESIAN;
      default -> OTHER;
    };
  }

  /**
   * Whether numbers are written the Indonesian way: {@code 4.700} is four thousand seven hundred
   * and {@code 6,1} is six point one.
   */
  boolean decimalComma() {
    return this == INDONESIAN;
  }
}
