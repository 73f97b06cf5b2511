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
   * with their former parents. {@code stats} must have been taken of {@code root} with nothing
   * changed since: the regions are looked for in its list of elements, in document order, instead
   * of walking the tree again.
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
    List<Element> doomed = doomed(hints, protectedNodes, stats, total);
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

  /** Deepest level below the root at which regions are looked for. */
  private static final int MAX_DEPTH = 401;

  /** The regions to remove, outermost only, in document order. */
  private static List<Element> doomed(
      ClassHints hints, List<Element> keep, TextStats stats, int total) {
    List<Element> doomed = new ArrayList<>();
    int skipBelow = Integer.MAX_VALUE; // inside a doomed region: its elements are gone with it
    for (int i = 1, n = stats.size(); i < n; i++) { // 0 is the root
      int depth = stats.depthAt(i);
      if (depth > skipBelow) {
        continue;
      }
      skipBelow = Integer.MAX_VALUE;
      if (depth > MAX_DEPTH) {
        continue;
      }
      Element e = stats.elementAt(i);
      ClassHints.Verdict v = hints.of(e);
      boolean doomedByTag = PAGE_PARTS.contains(e.normalName());
      boolean doomedByName = v.remove() && !v.positive() && !v.layout();
      if (!doomedByTag && !doomedByName) {
        continue;
      }
      TextStats.Counts c = stats.countsAt(i);
      boolean small = doomedByTag ? share(c, total) < MAX_PAGE_PART_SHARE : small(c, v, total);
      if (small && !holdsAny(e, keep)) {
        doomed.add(e);
        skipBelow = depth;
      }
    }
    return doomed;
  }

  private static double share(TextStats.Counts c, int total) {
    return (double) c.chars / total;
  }

  /** Comment threads go whatever their size; other boxes only while small or mostly links. */
  private static boolean small(TextStats.Counts c, ClassHints.Verdict v, int total) {
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
