package org.warta.core;

/** Whitespace handling shared by the stages that turn markup into one-line text. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * {@link Character#isWhitespace(char)}, without its table look-up for the characters it never
   * counts: those after the space up to U+167F (printable ASCII, C1 controls, Latin, Greek,
   * Cyrillic, Arabic, Indic scripts…) and after U+3000 (CJK, Hangul…). The same answer for every
   * {@code char} (a test compares them all).
   */
  public static boolean isWhitespace(char c) {
    if ((c > ' ' && c < '\u1680') || c > '\u3000') {
      return false;
    }
    return c == ' ' || Character.isWhitespace(c);
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
