package org.warta.core;

/** Whitespace handling shared by the stages that turn markup into one-line text. */
public final class Whitespace {
  private Whitespace() {}

  /**
   * {@code s} with every run of whitespace (no-break spaces included) made one space, and none at
   * either end.
   */
  public static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
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
