package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Removes whole regions that are never the article before containers are scored, as Readability
 * drops "unlikely candidates": elements whose class/id is a remove hint ("comments", "related",
 * "share", "sidebar", ...) and carries no positive hint. Guards, since sites also use such words
 * for wrappers of the whole page ("with-sidebar-layout", "share-container"): layout names (layout,
 * container, wrapper, grid, column) are kept, an element holding the headline or an {@code
 * itemprop=articleBody} is kept, and a region holding more than {@value #MAX_SHARE} of the page's
 * text is kept unless it is a comment thread (a long thread outscores the article it follows) or
 * mostly links.
 */
final class Pruner {
  private Pruner() {}

  /**
   * Page parts that are not the article: navigation, asides, page footers, menus. Taken out here
   * rather than when cleaning, because broken markup sometimes leaves them unclosed around the
   * whole page (an {@code <aside>} swallowing {@code <main>}); the guards below keep those.
   */
  private static final java.util.Set<String> PAGE_PARTS =
      java.util.Set.of("nav", "aside", "footer", "menu");

  /** Share of the page's text above which a nav/aside/footer is an unclosed wrapper. */
  static final double MAX_PAGE_PART_SHARE = 0.7;

  /** Share of the page's text above which a region is a wrapper, not a box (comments excepted). */
  static final double MAX_SHARE = 0.3;

  /** A removed region and the element it was removed from. */
  record Removed(Element element, Element parent) {}

  /**
   * Removes the regions from the tree, keeping {@code stats} true for what remains; returns them
   * with their former parents.
   */
  static List<Removed> prune(
      Element root,
      ClassHints hints,
      @Nullable Element headline,
      List<Element> articleBodies,
      TextStats stats) {
    int total = Math.max(1, stats.of(root).chars);
    List<Element> protectedNodes = new ArrayList<>();
    if (headline != null) {
      protectedNodes.add(headline);
    }
    protectedNodes.addAll(articleBodies);
    List<Element> doomed = new ArrayList<>();
    collect(root, hints, protectedNodes, doomed, 0, stats, total);
    List<Removed> removed = new ArrayList<>();
    for (Element e : doomed) {
      Element parent = e.parent();
      if (parent != null) {
        removed.add(new Removed(e, parent));
        stats.subtract(e, parent);
        e.remove();
      }
    }
    return removed;
  }

  private static void collect(
      Element e,
      ClassHints hints,
      List<Element> keep,
      List<Element> doomed,
      int depth,
      TextStats stats,
      int total) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (!(e.childNode(i) instanceof Element child)) {
        continue;
      }
      ClassHints.Verdict v = hints.of(child);
      boolean doomedByTag = PAGE_PARTS.contains(child.normalName());
      boolean doomedByName = v.remove() && !v.positive() && !v.layout();
      boolean small =
          doomedByTag
              ? share(child, stats, total) < MAX_PAGE_PART_SHARE
              : small(child, v, stats, total);
      if ((doomedByTag || doomedByName) && small && !holdsAny(child, keep)) {
        doomed.add(child);
      } else if (depth < 400) {
        collect(child, hints, keep, doomed, depth + 1, stats, total);
      }
    }
  }

  private static double share(Element e, TextStats stats, int total) {
    return (double) stats.of(e).chars / total;
  }

  /** Comment threads go whatever their size; other boxes only while small or mostly links. */
  private static boolean small(Element e, ClassHints.Verdict v, TextStats stats, int total) {
    TextStats.Counts c = stats.of(e);
    return v.comments() || c.chars < MAX_SHARE * total || c.linkDensity() > 0.5;
  }

  private static boolean holdsAny(Element e, List<Element> keep) {
    for (Element k : keep) {
      if (k == e || ContainerScorer.isAncestor(e, k)) {
        return true;
      }
    }
    return false;
  }
}
