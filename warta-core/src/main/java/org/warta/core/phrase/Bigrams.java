package org.warta.core.phrase;

import java.util.List;

/**
 * A signature of the character pairs in a text, hashed into {@value #BITS} bits: a phrase whose
 * literal parts hold a pair the line's signature lacks cannot occur in the line, which rules out
 * most phrases for most lines without searching for them. A filter only: set bits may collide, so a
 * phrase that passes is still matched in full.
 */
final class Bigrams {
  static final int BITS = 1024;

  private Bigrams() {}

  /** The signature of the pairs of adjacent characters in a text. */
  static long[] of(String text) {
    long[] bits = new long[BITS / 64];
    add(bits, text);
    return bits;
  }

  /** The signature of the pairs inside each of the parts (not across them). */
  static long[] of(List<String> parts) {
    long[] bits = new long[BITS / 64];
    for (String part : parts) {
      add(bits, part);
    }
    return bits;
  }

  /**
   * The pairs a text must hold, as the non-zero words of their signature only: a phrase's few pairs
   * fill a few of the {@value #BITS} / 64 words, so testing a line reads those instead of all.
   */
  record Sparse(int[] words, long[] masks) {
    static Sparse of(long[] bits) {
      int n = 0;
      for (long w : bits) {
        n += w != 0 ? 1 : 0;
      }
      int[] words = new int[n];
      long[] masks = new long[n];
      for (int i = 0, j = 0; i < bits.length; i++) {
        if (bits[i] != 0) {
          words[j] = i;
          masks[j++] = bits[i];
        }
      }
      return new Sparse(words, masks);
    }

    /** Whether every required pair may be in {@code text}'s signature. */
    boolean mayBeIn(long[] text) {
      for (int j = 0; j < words.length; j++) {
        if ((masks[j] & ~text[words[j]]) != 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static void add(long[] bits, String text) {
    for (int i = 1; i < text.length(); i++) {
      int pair = (text.charAt(i - 1) << 16) | text.charAt(i);
      int bit = (pair * 0x9E3779B1) >>> 22; // top 10 bits: 0..1023
      bits[bit >>> 6] |= 1L << bit;
    }
  }
}
