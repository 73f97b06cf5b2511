package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Widens a scored container to the siblings that continue the article, as Readability appends
 * siblings of its top candidate: page builders put each paragraph group in its own widget, and
 * ads split articles into several blocks, so the best-scoring block is often only a part. A
 * sibling joins when it carries real text (at least {@value #MIN_CHARS} characters, under {@value
 * #MAX_LINK_DENSITY} of it in links) and its class/id does not mark boilerplate.
 */
final class Siblings {
  static final int MIN_CHARS = 80;
  static final double MAX_LINK_DENSITY = 0.25;

  private Siblings() {}

  /** The container and its qualifying siblings, in document order. */
  static List<Element> around(Element container, TextStats stats, ClassHints hints) {
    Element parent = container.parent();
    if (parent == null || parent.nameIs("body") || parent.nameIs("html")) {
      return List.of(container);
    }
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == container || continues(sibling, stats, hints)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean continues(Element sibling, TextStats stats, ClassHints hints) {
    TextStats.Counts c = stats.of(sibling);
    if (c.chars < MIN_CHARS || c.linkDensity() >= MAX_LINK_DENSITY) {
      return false;
    }
    ClassHints.Verdict v = hints.of(sibling);
    if (v.weight() < 0 || v.remove()) {
      return false;
    }
    return !sibling.nameIs("h1") && !sibling.nameIs("header") && !sibling.nameIs("form");
  }
}
