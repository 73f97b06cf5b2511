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
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
