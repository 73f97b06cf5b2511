package org.warta.web.view;

import java.util.ArrayList;
import java.util.List;
import org.warta.core.Whitespace;

/**
 * Plain-text helpers for views. Both read only as much of a body as they show (pages call them for
 * every card), not the whole text.
 */
public final class Texts {
  private Texts() {}

  /**
   * How many characters of a text {@link #excerpt} looks at for an excerpt of {@code max} (beyond
   * them only when they are nearly all whitespace): a caller may read just these plus one.
   */
  public static int excerptWindow(int max) {
    return Math.max(max * 4, 64);
  }

  /** The start of a text, cut at a word boundary near {@code max} characters, with "…". */
  public static String excerpt(String text, int max) {
    int head = excerptWindow(max);
    String flat = Whitespace.collapse(text.length() > head ? text.substring(0, head) : text);
    if (flat.length() <= max && text.length() > head) {
      flat = Whitespace.collapse(text); // mostly whitespace at the start: look at all of it
    }
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max);
    return flat.substring(0, cut > max / 2 ? cut : max).strip() + " …";
  }

  /** The first paragraphs of a text, up to about {@code max} characters, paragraphs kept. */
  public static List<String> paragraphs(String text, int max) {
    List<String> out = new ArrayList<>();
    int used = 0;
    int at = 0;
    while (at < text.length()) {
      int end = paragraphEnd(text, at);
      String para = Whitespace.collapse(text.substring(at, end));
      at = end;
      if (para.isEmpty()) {
        continue;
      }
      if (used + para.length() > max) {
        if (out.isEmpty()) {
          out.add(excerpt(para, max));
        }
        break;
      }
      out.add(para);
      used += para.length();
    }
    return out;
  }

  /**
   * Where the paragraph starting at {@code from} ends: after the line break that a blank line (only
   * whitespace) follows, or at the end of the text.
   */
  private static int paragraphEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    while (nl >= 0) {
      int i = nl + 1;
      while (i < text.length()
          && text.charAt(i) != '\n'
          && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == '\n') {
        return i + 1;
      }
      nl = text.indexOf('\n', i);
    }
    return text.length();
  }
}
