package org.warta.stories.vector;

import org.warta.core.Language;
import org.warta.stories.text.Terms;

/**
 * Terms as 31-bit integer keys: 4 bits of language partition and a 27-bit hash of the term text.
 * Partition 0 holds the terms every language shares (entities, numbers, concepts); words of a
 * language get that language's partition, so that comparing an Indonesian article with an English
 * story can keep to partition 0. Hash collisions between two different terms of one story are
 * possible but rare (2^27 values) and only add a little noise.
 */
public final class TermKey {
  /** The partition of shared terms. */
  public static final int SHARED = 0;

  /** Number of partitions (0 to 15). */
  public static final int PARTITIONS = 16;

  private static final int HASH_BITS = 27;
  private static final int HASH_MASK = (1 << HASH_BITS) - 1;

  private TermKey() {}

  /** The key of a term from an article in the given language. */
  public static int of(String term, Language language) {
    int partition = Terms.isShared(term) ? SHARED : partition(language);
    return (partition << HASH_BITS) | (int) (hash(term) & HASH_MASK);
  }

  /** The partition of a key. */
  public static int partitionOf(int key) {
    return key >>> HASH_BITS;
  }

  /**
   * The word partition of a language: English 1, Indonesian and Malay 2 (they share most
   * vocabulary), undetermined 3, any other language one of 4..15 by its code.
   */
  public static int partition(Language language) {
    return switch (language.code()) {
      case "en" -> 1;
      case "id", "ms" -> 2;
      case "und" -> 3;
      default -> 4 + Math.floorMod(language.code().hashCode(), PARTITIONS - 4);
    };
  }

  /** A well-mixed 64-bit hash of a string (FNV-1a, then the MurmurHash3 finaliser). */
  public static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
