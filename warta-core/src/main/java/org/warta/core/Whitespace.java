package org.warta.core;

/** Whitespace handling shared by the stages that turn markup into one-line text. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * {@link Character#isWhitespace(char)} without its table look-up: a bit mask up to the space,
   * nothing after it up to U+167F (printable ASCII, C1 controls, Latin, Greek, Cyrillic, Arabic,
   * Indic scripts…) or after U+3000 (CJK, Hangul…), and the few Unicode spaces between. The same
   * answer for every {@code char} (a test compares them all).
   */
  public static boolean isWhitespace(char c) {
    if (c <= ' ') {
      return ((1L << c) & CONTROL_WHITESPACE) != 0;
    }
    if (c < '\u1680' || c > '\u3000') {
      return false;
    }
    // the general punctuation block (’ “ ” – …) is common in text: answered without a look-up
    return c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A' && c != '\u2007')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u205F'
        || c == '\u3000';
  }

  /** Bits of the characters up to the space that {@link Character#isWhitespace(char)} counts. */
  private static final long CONTROL_WHITESPACE = controlWhitespace();

  private static long controlWhitespace() {
    long bits = 0;
    for (char c = 0; c <= ' '; c++) {
      if (Character.isWhitespace(c)) {
        bits |= 1L << c;
      }
    }
    return bits;
  }

  /**
   * {@code s} with every run of whitespace (no-break spaces included) made one space, and none at
   * either end.
   */
  public static String collapse(String s) {
    int n = s.length();
    int i = 0;
    // most texts are collapsed already: single spaces between words, none at the ends
    while (i < n && !needsWork(s, i, n)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    i = 0;
    while (i < n) {
      int gap = i;
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      if (i > gap && !sb.isEmpty()) {
        sb.append(' ');
      }
      int word = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      sb.append(s, word, i);
    }
    return sb.toString();
  }

  private static boolean isSpace(char c) {
    return isWhitespace(c) || c == '\u00A0';
  }

  /**
   * True when the character at {@code i} would change: whitespace other than a lone inner space.
   */
  private static boolean needsWork(String s, int i, int n) {
    char c = s.charAt(i);
    if (!isSpace(c)) {
      return false;
    }
    return c != ' ' || i == 0 || i == n - 1 || isSpace(s.charAt(i + 1));
  }
}
