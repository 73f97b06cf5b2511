package org.warta.core.phrase;

import org.warta.core.Whitespace;

/**
 * How lines are compared with phrases: whitespace runs (including no-break and zero-width spaces)
 * collapse to one space, leading bullets and arrows ("•", "»", "▶", "-") go, and letters are
 * lower-cased one char at a time so that indexes in the cleaned and the lower-cased text agree.
 */
final class LineText {
  private static final String LEADING_DECORATION = "•·»›«‹<>*+-–—▶►→|#~■□◆●▪";

  private LineText() {}

  /** The line with whitespace collapsed and leading decoration removed; case kept. */
  static String clean(String line) {
    if (isClean(line)) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (sb.length() == 0 && LEADING_DECORATION.indexOf(c) >= 0) {
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Whether {@link #clean} would return the line as it is: no leading decoration, and no white
   * space but single plain spaces between other characters.
   */
  private static boolean isClean(String line) {
    int n = line.length();
    if (n == 0 || LEADING_DECORATION.indexOf(line.charAt(0)) >= 0) {
      return n == 0;
    }
    boolean previousSpace = true; // a leading space is not clean
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (isSpace(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace;
  }

  /** {@link #clean(String)} and lower-cased, with the same length as the cleaned text. */
  static String normalize(String line) {
    return lower(clean(line));
  }

  /** Lower-cases char by char (never changes the length, unlike {@link String#toLowerCase}). */
  static String lower(String cleaned) {
    char[] chars = cleaned.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c < 0x80) { // ASCII: only A-Z change, as Character.toLowerCase changes them
        chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else {
        chars[i] = Character.toLowerCase(c);
      }
    }
    return new String(chars);
  }

  static boolean isSpace(char c) {
    return Whitespace.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u200B'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\uFEFF';
  }

  private static final String OPENERS = "([（【〔";
  private static final String CLOSERS = ")]）】〕";

  /**
   * Whether the whole line is one bracketed part: "(Editor: Jane Roe)", "（责任编辑：李华）", but not "(AFP)
   * Harga naik (foto)", whose first bracket closes before the end.
   */
  static boolean isEnclosed(String cleaned) {
    int n = cleaned.length();
    if (n < 3) {
      return false;
    }
    int kind = OPENERS.indexOf(cleaned.charAt(0));
    if (kind < 0 || cleaned.charAt(n - 1) != CLOSERS.charAt(kind)) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < n; i++) {
      char c = cleaned.charAt(i);
      if (c == OPENERS.charAt(kind)) {
        depth++;
      } else if (c == CLOSERS.charAt(kind) && --depth == 0 && i < n - 1) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Separators allowed between a label and its value: "Baca juga: X", "Editor - X", "作者：X". */
  static boolean isSeparator(char c) {
    return c == ':' || c == '：' || c == '-' || c == '–' || c == '—' || c == '|' || c == '»'
        || c == '›' || c == '>' || c == '/' || c == '=';
  }

  /** Counts space-separated words of a cleaned line. */
  static int words(String cleaned) {
    if (cleaned.isEmpty()) {
      return 0;
    }
    int n = 1;
    for (int i = 0; i < cleaned.length(); i++) {
      if (cleaned.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
