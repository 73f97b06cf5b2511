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
 * author box or a call to action next to the article does not). When no sibling repeats the
 * container's shape, the article may be split into sections one wrapper up ({@code <div
 * id="part-2"><h2>…</h2><div>…</div></div>}): up to {@value #SECTION_LEVELS} levels up, a wrapper
 * of which the container holds at least {@value #SECTION_SHARE} of the text and that has a sibling
 * of its own shape is widened in the same way instead.
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
    List<Element> out = joined(container, stats, hints);
    if (!anySameShape(out, container)) {
      Element section = parent;
      for (int up = 0; up < SECTION_LEVELS; up++) {
        Element above = section.parent();
        if (above == null
            || above.nameIs("body")
            || above.nameIs("html")
            || stats.of(container).chars < SECTION_SHARE * stats.of(section).chars) {
          break;
        }
        List<Element> wider = joined(section, stats, hints);
        if (anySameShape(wider, section)) {
          return wider; // the article's sections, each a wrapper holding a heading and a block
        }
        section = above;
      }
    }
    return out;
  }

  /** How many wrappers up a section of the article may be found. */
  static final int SECTION_LEVELS = 2;

  /** Share of a section wrapper's text the container must hold (a heading besides it). */
  static final double SECTION_SHARE = 0.7;

  private static List<Element> joined(Element container, TextStats stats, ClassHints hints) {
    Element parent = container.parent();
    int own = paragraphChars(container, stats);
    List<Element> out = new ArrayList<>();
    for (Element sibling : ChildElements.of(parent)) {
      if (sibling == container || continues(sibling, container, own, stats, hints)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean anySameShape(List<Element> joined, Element container) {
    for (Element e : joined) {
      if (e != container && sameShape(e, container)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameShape(Element a, Element b) {
    return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
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
    return sameShape(sibling, container)
        ? chars >= MIN_CHARS
        : chars >= Math.max(MIN_CHARS, MIN_SHARE * own);
  }

  /** Characters in paragraph-like elements of at least 60 characters with few links. */
  private static int paragraphChars(Element root, TextStats stats) {
    int[] sum = {0};
    // a walk rather than getAllElements(), which builds the list of every element first
    org.jsoup.select.NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e
              && (e.nameIs("p") || e.nameIs("li") || e.nameIs("blockquote") || e.nameIs("pre"))) {
            TextStats.Counts c = stats.of(e);
            if (c.chars >= 60 && c.linkDensity() < MAX_LINK_DENSITY) {
              sum[0] += c.chars;
            }
          }
        },
        root);
    int total = sum[0];
    if (total == 0 && ChildElements.none(root)) {
      total = stats.of(root).chars; // bare text in a div
    }
    return total;
  }
}
