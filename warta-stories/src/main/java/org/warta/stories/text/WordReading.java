package org.warta.stories.text;

import org.jspecify.annotations.Nullable;

/**
 * What one lower-cased word contributes to an article's terms, read once from the lexicon, the stop
 * words and the stemmer for a profile ({@link WordReadings} memoises it).
 *
 * @param number the value of a number word ("tiga", "three"), or NaN
 * @param stopword whether it is a stop word of the profile
 * @param startsPhrase whether some lexicon form of several words starts with it
 * @param term the concept or stemmed-word term the word adds; null when it adds none (a number
 *     word, a stop word or a single letter)
 * @param entity the entity term it adds when written as a name; null when it adds no term or can
 *     never be a name (a weekday or month)
 */
record WordReading(
    double number,
    boolean stopword,
    boolean startsPhrase,
    @Nullable String term,
    @Nullable String entity) {

  /** Reads a word the way the zone reader always has: number word, stop word, concept, stem. */
  static WordReading of(String lower, Lexicon lexicon, Profile profile) {
    double number = lexicon.numberWord(lower);
    boolean stopword = lexicon.isStopword(profile, lower);
    boolean startsPhrase = lexicon.startsPhrase(lower);
    if (!Double.isNaN(number) || lower.length() < 2 || stopword) {
      return new WordReading(number, stopword, startsPhrase, null, null);
    }
    String stem = Stemmer.stem(lower, profile);
    Concept c = lexicon.concept(profile, lower);
    if (c == null) {
      c = lexicon.concept(profile, stem);
    }
    String term = c != null ? Terms.CONCEPT + c.name() : Terms.WORD + stem;
    boolean canBeEntity = c == null || c.kind() != Concept.Kind.TIME;
    String entity = canBeEntity ? Terms.ENTITY + (c != null ? c.name() : lower) : null;
    return new WordReading(number, false, startsPhrase, term, entity);
  }

  /** Whether it is a number word. */
  boolean isNumber() {
    return !Double.isNaN(number);
  }
}
