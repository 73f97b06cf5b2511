package org.warta.dedupe.text;

import java.util.Arrays;

/**
 * Word tokens of a text as 64-bit hashes: maximal runs of letters and digits, lower-cased;
 * everything else (punctuation, quotes, dashes, whitespace) separates tokens. "multi -- boat",
 * "multi - boat" and "Multi-boat" therefore give the same tokens, and typographic quotes do not
 * matter.
 */
public final class Tokens {
  private long[] hashes = new long[64];
  private int size;

  /** Appends the tokens of {@code text}; returns how many were added. */
  public int add(CharSequence text) {
    int before = size;
    long h = Hash64.start();
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = Hash64.addChar(h, Character.toLowerCase(c));
        inToken = true;
      } else if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
        h = Hash64.addChar(h, c); // keep supplementary letters (rare in news) inside the token
        inToken = true;
      } else if (inToken) {
        push(Hash64.mix(h));
        h = Hash64.start();
        inToken = false;
      }
    }
    if (inToken) {
      push(Hash64.mix(h));
    }
    return size - before;
  }

  /** How many tokens a text has, without keeping them. */
  public static int count(CharSequence text) {
    int n = 0;
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inToken) {
        n++;
      }
      inToken = letter;
    }
    return n;
  }

  private void push(long h) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = h;
  }

  /** Number of tokens added so far. */
  public int size() {
    return size;
  }

  /** The token hashes in text order. */
  public long[] toArray() {
    return Arrays.copyOf(hashes, size);
  }

  /** The hash of the whole token sequence: equal for texts that differ only in case/punctuation. */
  public long sequenceHash() {
    long h = Hash64.start();
    for (int i = 0; i < size; i++) {
      h = (h ^ hashes[i]) * 0x100000001B3L;
    }
    return Hash64.mix(h ^ size);
  }
}
