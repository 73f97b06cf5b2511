package org.warta.extract.body;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds the article text, by the scoring idea of Arc90 Readability (written
 * anew): every paragraph-like element with at least 25 characters gives its parent 1 + commas + one
 * point per 100 characters (at most 3), half of that to its grandparent and a third to the
 * great-grandparent; a container starts from a tag bonus plus its class/id weight and ends
 * multiplied by 1 - link density. When most of the strongest candidates sit in one ancestor, that
 * ancestor is taken, so that articles split by ads into several blocks stay whole.
 */
final class ContainerScorer {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd", "li");
  private static final Set<String> TEXT_CONTAINERS =
      Set.of("div", "section", "article", "main", "span", "font", "center");
  private static final int MIN_CHARS = 25;

  private final TextStats stats;
  private final ClassHints hints;

  ContainerScorer(TextStats stats, ClassHints hints) {
    this.stats = stats;
    this.hints = hints;
  }

  /** A scored container. */
  record Scored(Element element, double score) {}

  /** The best containers, strongest first (at most five). */
  List<Scored> rank(List<Element> elements) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    for (Element e : elements) {
      if (!isParagraph(e)) {
        continue;
      }
      TextStats.Counts c = stats.of(e);
      if (c.chars < MIN_CHARS) {
        continue;
      }
      double points = 1 + c.commas + Math.min(c.chars / 100, 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 3; level++) {
        if (ancestor.nameIs("#root")) {
          break;
        }
        double[] s = scores.computeIfAbsent(ancestor, a -> new double[] {initial(a)});
        s[0] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        ancestor = ancestor.parent();
      }
    }
    List<Scored> all = new ArrayList<>();
    scores.forEach((el, s) -> all.add(new Scored(el, s[0] * (1 - stats.of(el).linkDensity()))));
    all.sort((a, b) -> Double.compare(b.score(), a.score()));
    return all.size() > 5 ? List.copyOf(all.subList(0, 5)) : List.copyOf(all);
  }

  /** The best container, moved up to a shared ancestor when the runners-up live there too. */
  Optional<Element> best(List<Element> elements, @Nullable Element headline) {
    List<Scored> top = nearHeadline(rank(elements), headline);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Element best = top.getFirst().element();
    double bestScore = top.getFirst().score();
    Element shared = sharedAncestor(best, top, bestScore);
    return Optional.of(shared);
  }

  /**
   * Weighs candidates by how far they sit from the headline: the article follows its {@code <h1>}
   * under a near common ancestor, while sidebars and post grids branch off high up. Levels from the
   * headline to the common ancestor beyond {@value #NEAR_LEVELS} cost 10 % each, at most half.
   */
  static List<Scored> nearHeadline(List<Scored> ranked, @Nullable Element headline) {
    if (headline == null || ranked.isEmpty()) {
      return ranked;
    }
    List<Scored> out = new ArrayList<>();
    for (Scored s : ranked) {
      int levels = levelsToCommonAncestor(headline, s.element());
      double factor = levels <= NEAR_LEVELS ? 1 : Math.max(0.5, 1 - 0.1 * (levels - NEAR_LEVELS));
      out.add(new Scored(s.element(), s.score() * factor));
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  static final int NEAR_LEVELS = 4;

  /** Steps up from {@code from} to the first ancestor (or itself) that contains {@code other}. */
  private static int levelsToCommonAncestor(Element from, Element other) {
    int levels = 0;
    for (Element a = from; a != null; a = a.parent(), levels++) {
      if (a == other || isAncestor(a, other)) {
        return levels;
      }
    }
    return levels;
  }

  private Element sharedAncestor(Element best, List<Scored> top, double bestScore) {
    List<Element> strong = new ArrayList<>();
    for (Scored s : top.subList(1, top.size())) {
      if (s.score() >= 0.75 * bestScore) {
        strong.add(s.element());
      }
    }
    if (strong.size() < 2) {
      return best;
    }
    @Nullable Element ancestor = best.parent();
    for (int depth = 0; ancestor != null && !ancestor.nameIs("body") && depth < 6; depth++) {
      int inside = 0;
      for (Element e : strong) {
        if (isAncestor(ancestor, e)) {
          inside++;
        }
      }
      if (inside >= 2) {
        return ancestor;
      }
      ancestor = ancestor.parent();
    }
    return best;
  }

  static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (PARAGRAPHS.contains(tag)) {
      return true;
    }
    if (!TEXT_CONTAINERS.contains(tag)) {
      return false;
    }
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child && child.isBlock() && !child.nameIs("br")) {
        return false; // a div holding blocks is a container, not a paragraph
      }
    }
    return true;
  }

  private double initial(Element e) {
    double base =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.nameIs("article") || "articleBody".equals(e.attr("itemprop"))) {
      base += 10;
    }
    return base + hints.of(e).containerWeight();
  }
}
