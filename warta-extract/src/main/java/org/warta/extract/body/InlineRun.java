package org.warta.extract.body;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.warta.core.Whitespace;

/**
 * Accumulates inline content (text and inline elements) into one block's plain text and sanitized
 * HTML. Whitespace collapses as a browser would; links keep only absolute http(s) targets; {@code
 * em}, {@code i}, {@code strong}, {@code b} are kept, other inline tags unwrap; {@code <br>} is a
 * line break.
 */
final class InlineRun {
  static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
          "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
          "u", "var", "wbr", "label", "del", "ins", "big", "nobr", "acronym", "output");
  private static final Set<String> KEPT = Set.of("em", "i", "strong", "b");

  private final StringBuilder text = new StringBuilder();
  private final StringBuilder html = new StringBuilder();
  private final List<RawLink> links = new ArrayList<>();
  private int chars;
  private int linkChars;
  private boolean space;
  private int pendingBreaks;

  boolean isEmpty() {
    return chars == 0;
  }

  int chars() {
    return chars;
  }

  int linkChars() {
    return linkChars;
  }

  /** The links of the run: absolute http(s) href and visible text; URIs are built on demand. */
  List<RawLink> links() {
    return List.copyOf(links);
  }

  String text() {
    return text.toString().strip();
  }

  String html() {
    return html.toString().strip();
  }

  /** Empties the run for the next block, keeping its buffers. */
  void clear() {
    text.setLength(0);
    html.setLength(0);
    links.clear();
    chars = 0;
    linkChars = 0;
    space = false;
    pendingBreaks = 0;
  }

  /** Counts consecutive {@code <br>}s; returns how many have been seen in a row. */
  int lineBreak() {
    pendingBreaks++;
    return pendingBreaks;
  }

  void addText(String s, boolean inLink) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (isSpace(s.charAt(i))) {
        space = true;
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && !isSpace(s.charAt(end))) {
        end++;
      }
      if (pendingBreaks > 0 && chars > 0) {
        text.append('\n');
        html.append("<br>");
      } else if (space && chars > 0) {
        text.append(' ');
        html.append(' ');
      }
      pendingBreaks = 0;
      space = false;
      text.append(s, i, end); // a word at a time rather than a character at a time
      appendEscaped(s, i, end);
      chars += end - i;
      if (inLink) {
        linkChars += end - i;
      }
      i = end;
    }
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F) {
      return false; // printable ASCII: the common case, no table look-up
    }
    return Whitespace.isWhitespace(c) || c == '\u00A0' || c == '\u200B';
  }

  /** Adds an inline element and its subtree (depth-limited). */
  void addInline(Element e, boolean inLink, int depth) {
    if (depth > 100) {
      addText(e.text(), inLink);
      return;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      lineBreak();
      return;
    }
    String open = "";
    String close = "";
    int linkStart = -1;
    String linkHref = "";
    boolean link = inLink;
    if (tag.equals("a")) {
      String href = absolute(e);
      if (!href.isEmpty() && !inLink) {
        open = "<a href=\"" + Entities.escape(href) + "\">";
        close = "</a>";
        linkStart = text.length();
        linkHref = href;
      }
      link = true;
    } else if (KEPT.contains(tag)) {
      open = "<" + tag + ">";
      close = "</" + tag + ">";
    }
    if (space && chars > 0 && !open.isEmpty() && pendingBreaks == 0) {
      text.append(' ');
      html.append(' ');
      space = false;
    }
    int before = html.length();
    boolean hadSpace = space;
    html.append(open);
    int contentStart = html.length();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        addText(t.getWholeText(), link);
      } else if (child instanceof Element c) {
        addInline(c, link, depth + 1);
      }
    }
    if (html.length() == contentStart) {
      html.setLength(before); // nothing inside: drop the empty tag
      space = hadSpace || space;
    } else {
      html.append(close);
    }
    if (!open.isEmpty() && tag.equals("a") && linkStart >= 0 && linkStart < text.length()) {
      links.add(new RawLink(linkHref, text.substring(linkStart).strip()));
    }
  }

  private void appendEscaped(String s, int from, int to) {
    int copied = from;
    for (int i = from; i < to; i++) {
      String escaped =
          switch (s.charAt(i)) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (escaped != null) {
        html.append(s, copied, i).append(escaped);
        copied = i + 1;
      }
    }
    html.append(s, copied, to);
  }

  /**
   * The element's href as an absolute http(s) URL, or empty. Absolute hrefs are taken as they are
   * (resolving every link through java.net.URL is the slow path); relative ones are resolved.
   */
  static String absolute(Element a) {
    String raw = a.attr("href").strip();
    if (raw.isEmpty()
        || raw.startsWith("#")
        || raw.startsWith("javascript:")
        || raw.startsWith("mailto:")) {
      return "";
    }
    return resolved(a, "href", raw);
  }

  /**
   * The attribute as an absolute URL, given its stripped value {@code raw}: as it is when absolute
   * http(s), else resolved against the page, or empty when it cannot become an http(s) URL.
   */
  static String resolved(Element e, String attr, String raw) {
    if (raw.startsWith("http://") || raw.startsWith("https://")) {
      return isHttp(raw) ? raw : "";
    }
    if (hasOtherScheme(e.attr(attr))) {
      return ""; // data:, tel:, whatsapp: ... resolving them is java.net.URL's slow failing path
    }
    String href = e.absUrl(attr);
    return isHttp(href) ? href : "";
  }

  /**
   * Whether the value starts with a URL scheme other than http(s), as {@link java.net.URL} reads
   * one ({@code [a-zA-Z][a-zA-Z0-9+.-]*:} at the very start): resolving it keeps that scheme, so it
   * never gives an http(s) URL. ({@code url:} is a prefix {@link java.net.URL} skips.)
   */
  static boolean hasOtherScheme(String value) {
    if (value.isEmpty() || !isAsciiLetter(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ':') {
        String scheme = value.substring(0, i);
        return !scheme.equalsIgnoreCase("http")
            && !scheme.equalsIgnoreCase("https")
            && !scheme.equalsIgnoreCase("url");
      }
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The string as a URI, or empty when it is not a valid one. */
  static Optional<URI> uri(String s) {
    try {
      return Optional.of(URI.create(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A cheap check that a string is an absolute http(s) URL with a host and no spaces. */
  static boolean isHttp(String href) {
    int start = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
    if (start < 0 || start >= href.length() || href.charAt(start) == '/') {
      return false;
    }
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '{' || c == '}'
          || c == '|' || c == '^' || c == '`') {
        return false;
      }
    }
    return true;
  }
}
