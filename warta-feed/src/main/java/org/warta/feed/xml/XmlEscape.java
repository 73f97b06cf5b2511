package org.warta.feed.xml;

/**
 * Escaping of text and attribute values for XML 1.0, dropping the characters XML 1.0 forbids
 * (control characters, lone surrogates, U+FFFE/U+FFFF) so that output is always well-formed.
 */
public final class XmlEscape {
  private XmlEscape() {}

  /** Appends text content with {@code & < >} escaped. */
  public static void text(String s, StringBuilder sb) {
    escape(s, sb, false);
  }

  /** Appends an attribute value (double-quoted) with {@code & < > "} escaped. */
  public static void attribute(String s, StringBuilder sb) {
    escape(s, sb, true);
  }

  /** The text with every character XML 1.0 forbids removed. */
  public static String legal(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isLegal(s, i)) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          if (isLegal(s, j)) {
            sb.append(s.charAt(j));
          }
        }
        return sb.toString();
      }
    }
    return s;
  }

  private static void escape(String s, StringBuilder sb, boolean attribute) {
    int run = 0; // start of the characters not yet appended, all of them to be copied as they are
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') {
        continue; // the common case: copied later with its whole run
      }
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            default -> isLegal(s, i) ? null : "";
          };
      if (replacement != null) {
        sb.append(s, run, i).append(replacement);
        run = i + 1;
      }
    }
    sb.append(s, run, s.length());
  }

  private static boolean isLegal(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c != 0xFFFE && c != 0xFFFF;
  }
}
