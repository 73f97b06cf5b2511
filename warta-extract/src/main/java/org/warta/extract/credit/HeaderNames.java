package org.warta.extract.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;
import org.warta.extract.metadata.HeaderLines;

/**
 * An unlabelled byline beside the headline: a line that is nothing but a person's name, printed
 * next to the date ("Jane Roe" above "July 3, 2025", "Dec 17, 2025 · Jane Roe") or introduced
 * elsewhere on the page by an author bio ("Jane Roe is a freelance travel writer…"). Used only when
 * nothing labelled names the author.
 */
public final class HeaderNames {
  private static final int AFTER = 8;
  private static final int BEFORE = 3;
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|van|von|de|der|da|di|bin|al)){1,3}");
  private static final Pattern READ_TIME = Pattern.compile("(?i)\\b\\d+\\s*min(?:ute)?s?\\b");

  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
              + "|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{4})"
              + "\\s*[|·•—–-]?\\s*");

  /** Words of interface labels that look like names when capitalized ("About Us"). */
  private static final java.util.Set<String> NOT_NAMES =
      java.util.Set.of(
          "advertisement",
          "about",
          "us",
          "home",
          "contact",
          "menu",
          "share",
          "news",
          "blog",
          "more",
          "back",
          "top",
          "privacy",
          "policy",
          "terms",
          "sign",
          "log",
          "read",
          "table",
          "contents",
          "updated",
          "published",
          "posted",
          "reviewed",
          "edited",
          "shop",
          "search",
          "reading",
          "time",
          "minutes",
          "the");

  private HeaderNames() {}

  public static Optional<String> find(Optional<Element> headline, String title, String siteName) {
    if (headline.isEmpty()) {
      return Optional.empty();
    }
    List<String> after = HeaderLines.after(headline.get(), AFTER);
    List<String> before = HeaderLines.before(headline.get(), BEFORE);
    Optional<String> dated =
        inLines(after, title, siteName).or(() -> inLines(before, title, siteName));
    if (dated.isPresent()) {
      return dated;
    }
    // no name beside a date: a name line the page's author bio introduces
    List<String> names = new ArrayList<>();
    for (List<String> lines : List.of(after, before)) {
      for (String line : lines) {
        String l = line.strip();
        if (isName(l, title, siteName) && !names.contains(l)) {
          names.add(l);
        }
      }
    }
    return names.isEmpty()
        ? Optional.empty()
        : Bios.introduced(headline.get().ownerDocument(), names);
  }

  private static Optional<String> inLines(List<String> lines, String title, String siteName) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (isName(line, title, siteName)
          && (dated(lines, i - 1) || dated(lines, i + 1) || dated(lines, i + 2))) {
        return Optional.of(line);
      }
      if (dated(lines, i)) {
        // "Jane Roe · July 3, 2025", "Dec 17, 2025 Jane Roe", "Jane Roe | Senior Writer | Jul 2"
        List<String> names =
            Names.split(LEADING_DATE.matcher(line).replaceFirst(""), siteName, true);
        if (names.size() == 1 && isName(names.getFirst(), title, siteName)) {
          return Optional.of(names.getFirst());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isName(String s, String title, String siteName) {
    if (!NAME_LINE.matcher(s).matches()
        || s.length() > 40
        || s.equalsIgnoreCase(siteName.strip())
        || title.contains(s)) {
      return false;
    }
    for (String w : s.split(" ")) {
      if (NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    List<String> names = Names.split(s, siteName, true);
    return names.size() == 1 && names.getFirst().equals(s);
  }

  private static boolean dated(List<String> lines, int i) {
    if (i < 0 || i >= lines.size()) {
      return false;
    }
    String l = lines.get(i);
    return l.length() <= 80 && (HeaderLines.hasDate(l) || READ_TIME.matcher(l).find());
  }

  /**
   * Author bios: a text that starts with a name and says who they are ("Jane Roe is a freelance
   * travel writer", "<b>Jane Roe</b> has been covering courts since 2010"), not a name inside a
   * sentence ("… said Jane Roe is a").
   */
  private static final class Bios {
    private static final List<String> INTRODUCTIONS =
        List.of("is a ", "is an ", "is the ", "has been ", "writes ");

    private Bios() {}

    /** The first of the names (in their order) that a bio on the page introduces. */
    static Optional<String> introduced(@Nullable Document doc, List<String> names) {
      if (doc == null) {
        return Optional.empty();
      }
      java.util.Set<String> found = new java.util.HashSet<>();
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof TextNode t) {
              String s = t.getWholeText().stripLeading();
              if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
                for (String name : names) {
                  if (s.startsWith(name) && introduces(t, s.substring(name.length()))) {
                    found.add(name);
                  }
                }
              }
            }
          },
          doc.body());
      return names.stream().filter(found::contains).findFirst();
    }

    private static boolean introduces(TextNode t, String rest) {
      if (!startsBlock(t)) {
        return false;
      }
      if (rest.isBlank()
          && t.nextSibling() == null
          && t.parent() != null
          && t.parent().nextSibling() instanceof TextNode next) {
        rest = next.getWholeText(); // <b>Jane Roe</b> is a …
      }
      rest = rest.stripLeading();
      for (String intro : INTRODUCTIONS) {
        if (rest.startsWith(intro)) {
          return true;
        }
      }
      return false;
    }

    /** Whether nothing but space comes before the text in its block (or its inline wrapper's). */
    private static boolean startsBlock(TextNode t) {
      Node first = t;
      while (first.previousSibling() != null) {
        first = first.previousSibling();
        if (!(first instanceof TextNode pt && pt.isBlank())
            && !(first instanceof Element img && (img.nameIs("img") || img.nameIs("br")))) {
          return false;
        }
      }
      Element parent = t.parentElement();
      return parent == null
          || parent.isBlock()
          || parent.previousSibling() == null
          || startsAfterBlank(parent);
    }

    private static boolean startsAfterBlank(Element inline) {
      Node prev = inline.previousSibling();
      return prev instanceof TextNode pt && pt.isBlank() && pt.previousSibling() == null;
    }
  }
}
