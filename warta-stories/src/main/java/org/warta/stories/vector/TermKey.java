package org.warta.stories.vector;

import org.warta.core.Hash64;
import org.warta.core.Language;
import org.warta.stories.text.Terms;

/**
 * Terms as 31-bit integer keys: 4 bits of partition and a 27-bit hash of the term text. Partitions
 * 0 to 2 hold the terms every language shares (0 lexicon concepts, 1 named entities, 2 numbers);
 * words of a language get that language's partition (3 and up), so that comparing an Indonesian
 * article with an English story can keep to the shared partitions. Hash collisions between two
 * different terms of one story are possible but rare (2^27 values) and only add a little noise.
 */
public final class TermKey {
  /** The partition of lexicon concepts (shared). */
  public static final int CONCEPTS = 0;

  /** The partition of named entities (shared). */
  public static final int ENTITIES = 1;

  /** The partition of numbers (shared). */
  public static final int NUMBERS = 2;

  /** Partitions below this one are shared by all languages. */
  public static final int FIRST_LANGUAGE = 3;

  /** Number of partitions (0 to 15). */
  public static final int PARTITIONS = 16;

  private static final int HASH_BITS = 27;
  private static final int HASH_MASK = (1 << HASH_BITS) - 1;

  private TermKey() {}

  /** The key of a term from an article in the given language. */
  public static int of(String term, Language language) {
    int partition;
    if (term.startsWith(Terms.ENTITY)) {
      partition = ENTITIES;
    } else if (term.startsWith(Terms.NUMBER)) {
      partition = NUMBERS;
    } else if (term.startsWith(Terms.CONCEPT)) {
      partition = CONCEPTS;
    } else {
      partition = partition(language);
    }
    return (partition << HASH_BITS) | (int) (Hash64.of(term) & HASH_MASK);
  }

  /** The partition of a key. */
  public static int partitionOf(int key) {
    return key >>> HASH_BITS;
  }

  /** Whether a key is of a term shared by all languages. */
  public static boolean isShared(int key) {
    return partitionOf(key) < FIRST_LANGUAGE;
  }

  /** Whether a key is of a named entity or a number (the terms that identify an event). */
  public static boolean isEntityOrNumber(int key) {
    int p = partitionOf(key);
    return p == ENTITIES || p == NUMBERS;
  }

  /**
   * The word partition of a language: English 3, Indonesian and Malay 4 (they share most
   * vocabulary), undetermined 5, any other language one of 6..15 by its code.
   */
  public static int partition(Language language) {
    return switch (language.code()) {
      case "en" -> 3;
      case "id", "ms" -> 4;
      case "und" -> 5;
      default -> 6 + Math.floorMod(language.code().hashCode(), PARTITIONS - 6);
    };
  }
}
