package org.warta.extract.metadata;

/** Replaces Arabic-Indic, Persian and full-width digits with ASCII digits. */
final class Digits {
  private Digits() {}

  static String ascii(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int d = -1;
      if (ch >= '\u0660' && ch <= '\u0669') {
        d = ch - '\u0660';
      } else if (ch >= '\u06F0' && ch <= '\u06F9') {
        d = ch - '\u06F0';
      } else if (ch >= '\uFF10' && ch <= '\uFF19') {
        d = ch - '\uFF10';
      }
      if (d >= 0) {
        if (c == null) {
          c = s.toCharArray();
        }
        c[i] = (char) ('0' + d);
      }
    }
    return c == null ? s : new String(c);
  }
}
