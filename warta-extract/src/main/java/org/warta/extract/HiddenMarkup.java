package org.warta.extract;

import org.jsoup.nodes.Element;

/**
 * Whether an element is hidden from readers by its own markup: the {@code hidden} attribute or an
 * inline style {@code display: none} / {@code visibility: hidden}, in any case and with any spaces.
 * The body cleaner drops such elements (with its exceptions); metadata does not take a date from
 * them.
 */
public final class HiddenMarkup {
  private HiddenMarkup() {}

  public static boolean hides(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    // the parser writes attribute names in lower case: exact look-ups, cheaper than the
    // case-blind ones of hasAttr() and attr() on every element of the page
    org.jsoup.nodes.Attributes a = e.attributes();
    if (a.hasKey("hidden")) {
      return true;
    }
    String style = a.get("style");
    return !style.isEmpty()
        && (containsIgnoringSpaces(style, "display:none")
            || containsIgnoringSpaces(style, "visibility:hidden"));
  }

  /** Whether the element or one around it, up to {@code <body>}, {@link #hides hides} itself. */
  public static boolean within(Element e) {
    for (Element p = e; p != null && !p.nameIs("body"); p = p.parent()) {
      if (hides(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code style}, ASCII letters lower-cased and spaces removed, contains {@code lower}
   * (ASCII lower case, no spaces); without building the lower-cased copy.
   */
  static boolean containsIgnoringSpaces(String style, String lower) {
    char first = lower.charAt(0);
    for (int start = 0; start < style.length(); start++) {
      if (asciiLower(style.charAt(start)) != first) {
        continue;
      }
      int i = start + 1;
      int j = 1;
      while (j < lower.length() && i < style.length()) {
        char c = style.charAt(i++);
        if (c == ' ') {
          continue;
        }
        if (asciiLower(c) != lower.charAt(j)) {
          break;
        }
        j++;
      }
      if (j == lower.length()) {
        return true;
      }
    }
    return false;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
