package org.warta.extract.credit;

import java.util.Collection;
import org.warta.core.Whitespace;

/**
 * A pre-check on a text node's raw text for {@link CreditLines}' label test, which reads the node's
 * text as jsoup gives it ({@code TextNode.text()}: each run of space, tab, line feed, form feed,
 * carriage return and no-break space made one space, U+200B and U+00AD dropped), stripped and
 * lower-cased, and asks whether it starts with a label word. The first two characters of that text
 * are read off the raw text here; when both are ASCII, their lower-cased pair must begin a label
 * word ({@link #mayStart} false otherwise), so most texts are ruled out without building the text.
 * Non-ASCII starts are left to the full test. For jsoup's {@code TextNode} only ({@code CDataNode}
 * gives its text as it is). Immutable.
 */
final class LabelPairs {
  private final boolean[] asciiPairs = new boolean[128 * 128];
  private final boolean exact;

  LabelPairs(Collection<String> words) {
    this.exact = words.stream().allMatch(w -> w.length() >= 2);
    for (String w : words) {
      if (w.length() >= 2 && w.charAt(0) < 128 && w.charAt(1) < 128) {
        asciiPairs[w.charAt(0) * 128 + w.charAt(1)] = true;
      }
    }
  }

  /**
   * False when the normalised, stripped and lower-cased text of the raw text {@code raw} cannot
   * start with a label word; true when it may.
   */
  boolean mayStart(String raw) {
    if (!exact) {
      return true;
    }
    int n = raw.length();
    int i = 0;
    // what normalising drops or makes a space, and strip() then removes
    while (i < n
        && (Whitespace.isWhitespace(raw.charAt(i)) || jsoupSpaceOrInvisible(raw.charAt(i)))) {
      i++;
    }
    if (i == n) {
      return false; // empty text
    }
    char first = raw.charAt(i++);
    while (i < n && invisible(raw.charAt(i))) {
      i++;
    }
    if (i == n) {
      return false; // one character: every label word has two or more
    }
    char second = jsoupSpace(raw.charAt(i)) ? ' ' : raw.charAt(i);
    if (first >= 128 || second >= 128) {
      return true;
    }
    return asciiPairs[asciiLower(first) * 128 + asciiLower(second)];
  }

  /** jsoup's {@code StringUtil.isActuallyWhitespace}. */
  private static boolean jsoupSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  /** jsoup's {@code StringUtil.isInvisibleChar}. */
  private static boolean invisible(char c) {
    return c == '\u200B' || c == '\u00AD';
  }

  private static boolean jsoupSpaceOrInvisible(char c) {
    return jsoupSpace(c) || invisible(c);
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
