package org.warta.stories.text;

/**
 * The four kinds of terms an article is described by, as prefixes of the term text. Entities,
 * numbers and concepts are shared by all languages (they are how Indonesian and English coverage
 * meet); words are compared within one language only.
 */
public final class Terms {
  /** A named entity, lower-cased or as its lexicon concept: {@code e:majene}, {@code e:java}. */
  public static final String ENTITY = "e:";

  /** A number in canonical form: {@code n:6.1}, {@code n:1200000000}. */
  public static final String NUMBER = "n:";

  /** A lexicon concept: {@code c:quake} for "gempa" and "earthquake". */
  public static final String CONCEPT = "c:";

  /** A stemmed word of the article's language that the lexicon does not know: {@code w:pirat}. */
  public static final String WORD = "w:";

  private Terms() {}

  /** Whether the term means the same in every language (entity, number or concept). */
  public static boolean isShared(String term) {
    return !term.startsWith(WORD);
  }
}
