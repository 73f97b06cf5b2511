package org.warta.extract.credit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.warta.extract.metadata.PageIndex;
import org.jsoup.nodes.Element;

/**
 * Bylines printed in the page: {@code rel=author} links, microdata {@code itemprop=author}, and
 * short elements whose class or id says author/byline/penulis/reporter. Read before the body is
 * cleaned, since bylines sit in the article header that cleaning may drop.
 */
public final class Bylines {
  private static final List<String> HINTS =
      List.of("byline", "author", "penulis", "reporter", "writer", "contributor", "creator");
  private static final int MAX_CHARS = 120;

  private Bylines() {}

  /** The names of the first byline that yields any, in document order. */
  public static Optional<List<String>> find(PageIndex page, String siteName) {
    int tried = 0;
    for (Element e : page.elements()) {
      if (!isCandidate(e) || skip(e)) {
        continue;
      }
      if (++tried > 30) {
        break;
      }
      Element nameEl = e.selectFirst("[itemprop=name]");
      String text = nameEl != null ? nameEl.text() : e.text();
      if (text.isBlank() || text.length() > MAX_CHARS) {
        continue;
      }
      List<String> names = Names.split(text, siteName);
      if (!names.isEmpty()) {
        return Optional.of(names);
      }
    }
    return Optional.empty();
  }

  private static boolean isCandidate(Element e) {
    if (e.nameIs("address")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.attr("itemprop").equals("author") || e.attr("rel").equals("author")) {
      return true;
    }
    String names = e.className();
    String id = e.id();
    if (names.isEmpty() && id.isEmpty()) {
      return false;
    }
    String n = (names + " " + id).toLowerCase(Locale.ROOT);
    for (String hint : HINTS) {
      if (n.contains(hint)) {
        return true;
      }
    }
    return false;
  }

  /** Author boxes in comments, bios and meta tags are not bylines. */
  private static boolean skip(Element e) {
    if (e.nameIs("meta") || e.nameIs("link") || e.nameIs("html") || e.nameIs("body")) {
      return true;
    }
    String cls = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (cls.contains("comment") || cls.contains("bio") || cls.contains("avatar") || cls.contains("about") || cls.contains("related")) {
      return true;
    }
    for (Element p : e.parents()) {
      String pc = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
      if (pc.contains("comment") || pc.contains("related") || pc.contains("sidebar") || p.nameIs("aside")) {
        return true;
      }
      if (p.nameIs("article") || p.nameIs("main")) {
        return false; // an article's own footer names its author
      }
      if (p.nameIs("footer")) {
        return true;
      }
    }
    return false;
  }

}
