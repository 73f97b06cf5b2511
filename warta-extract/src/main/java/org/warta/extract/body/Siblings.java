package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Widens a scored container to the siblings that continue the article, as Readability appends
 * siblings of its top candidate: page builders put each section in its own block and ads split
 * articles into parts, so the best-scoring block is often only one of them. A lone child is first
 * replaced by its wrapper. A sibling joins when its class/id does not mark boilerplate, under
 * {@value #MAX_LINK_DENSITY} of its text is in links, and either it repeats the container's shape
 * (same tag and class: another section of the same article) with at least {@value #MIN_CHARS}
 * characters of paragraphs, or its paragraphs reach {@value #MIN_SHARE} of the container's (an
 * author box or a call to action next to the article does not).
 */
final class Siblings {
  static final int MIN_CHARS = 80;
  static final double MAX_LINK_DENSITY = 0.25;
  static final double MIN_SHARE = 0.25;

  private Siblings() {}

  /** The container and its qualifying siblings, in document order. */
  static List<Element> around(Element scored, TextStats stats, ClassHints hints) {
    Element container = scored;
    while (container.parent() != null
        && ChildElements.isOne(container.parent())
        && !container.parent().nameIs("body")) {
      container = container.parent(); // a lone child's siblings are its wrapper's siblings
    }
    Element parent = container.parent();
    if (parent == null || parent.nameIs("body") || parent.nameIs("html")) {
      return List.of(container);
    }
    int own = paragraphChars(container, stats);
    List<Element> out = new ArrayList<>();
    for (Element sibling : ChildElements.of(parent)) {
      if (sibling == container || continues(sibling, container, own, stats, hints)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean continues(
      Element sibling, Element container, int own, TextStats stats, ClassHints hints) {
    TextStats.Counts c = stats.of(sibling);
    if (c.chars < MIN_CHARS || c.linkDensity() >= MAX_LINK_DENSITY) {
      return false;
    }
    ClassHints.Verdict v = hints.of(sibling);
    if (v.weight() < 0
        || v.remove()
        || sibling.nameIs("h1")
        || sibling.nameIs("header")
        || sibling.nameIs("form")) {
      return false;
    }
    int chars = paragraphChars(sibling, stats);
    boolean sameShape =
        sibling.normalName().equals(container.normalName())
            && sibling.className().equals(container.className());
    return sameShape ? chars >= MIN_CHARS : chars >= Math.max(MIN_CHARS, MIN_SHARE * own);
  }

  /** Characters in paragraph-like elements of at least 60 characters with few links. */
  private static int paragraphChars(Element root, TextStats stats) {
    int total = 0;
    for (Element e : root.getAllElements()) {
      if (e.nameIs("p") || e.nameIs("li") || e.nameIs("blockquote") || e.nameIs("pre")) {
        TextStats.Counts c = stats.of(e);
        if (c.chars >= 60 && c.linkDensity() < MAX_LINK_DENSITY) {
          total += c.chars;
        }
      }
    }
    if (total == 0 && ChildElements.none(root)) {
      total = stats.of(root).chars; // bare text in a div
    }
    return total;
  }
}
