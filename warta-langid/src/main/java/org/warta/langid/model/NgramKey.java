package org.warta.langid.model;

/**
 * The 32-bit key under which an n-gram of code points is stored: FNV-1a over the code points and
 * the length, finished with MurmurHash3's mixer. Two distinct n-grams rarely share a key (about one
 * query in four thousand meets a foreign entry); such a collision only adds a little noise to one
 * position's score. The trainer and the runtime use this one function, so changing it means
 * rebuilding the model file.
 */
public final class NgramKey {
  private NgramKey() {}

  /** The key of {@code codePoints[from, to)}. */
  public static int of(int[] codePoints, int from, int to) {
    int h = 0x811C9DC5 ^ ((to - from) * 0x9E3779B9);
    for (int i = from; i < to; i++) {
      h ^= codePoints[i];
      h *= 0x01000193;
    }
    return mix(h);
  }

  /** The key of a whole n-gram given as a string. */
  public static int of(String ngram) {
    return of(ngram, 0, ngram.length());
  }

  /** The key of the n-gram {@code s[from, to)} (UTF-16 indexes), same as over its code points. */
  public static int of(CharSequence s, int from, int to) {
    int h = 0x811C9DC5 ^ (Character.codePointCount(s, from, to) * 0x9E3779B9);
    for (int i = from; i < to; ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      h ^= cp;
      h *= 0x01000193;
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
