package org.warta.extract.body;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.warta.core.Whitespace;

/**
 * Text measures of every element under a root, computed in the same traversal that cleans the tree
 * ({@link #ofCleaned}): visible characters (whitespace not counted), characters inside links,
 * commas (Latin, Arabic, CJK) and {@code <p>} descendants. Lookups of elements outside the root
 * give zeros. Not thread-safe.
 */
final class TextStats {
  /** Measures of one element's subtree. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;
    int paragraphs;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static final Counts ZERO = new Counts();

  /** Filled after the pass, at its final size (growing it element by element rehashed it often). */
  private final Map<Element, Counts> counts;

  private final List<Element> elements = new ArrayList<>();
  private final List<Counts> countsInOrder = new ArrayList<>();
  private int[] depths = new int[256];
  private final List<Element> articleBodies = new ArrayList<>();

  /**
   * Cleans the tree under {@code root} with {@link DomCleaner}'s rules and measures what remains,
   * in one pass (a removed node's subtree is neither visited nor counted).
   */
  static TextStats ofCleaned(Element root) {
    return new TextStats(root, true);
  }

  private TextStats(Element root, boolean clean) {
    Deque<Counts> stack = new ArrayDeque<>();
    int[] linkDepth = {0};
    boolean[] dropRoot = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (clean && DomCleaner.visit(node)) {
              if (node != root) {
                return FilterResult.REMOVE; // with its subtree, before it is measured
              }
              dropRoot[0] = true; // measured, and taken out of its parent at the end
            }
            if (node instanceof Element e) {
              Counts c = new Counts();
              stack.push(c);
              if (elements.size() == depths.length) {
                depths = java.util.Arrays.copyOf(depths, depths.length * 2);
              }
              depths[elements.size()] = depth;
              elements.add(e);
              countsInOrder.add(c);
              if (e.attributesSize() > 0 && e.attr("itemprop").equals("articleBody")) {
                articleBodies.add(e);
              }
              if (e.nameIs("a")) {
                linkDepth[0]++;
              }
            } else if (node instanceof TextNode t && !stack.isEmpty()) {
              String s = t.getWholeText();
              int chars = 0;
              int commas = 0;
              for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch > ' ' && ch < 0x7F) { // printable ASCII: the common case, no table look-up
                  chars++;
                  if (ch == ',') {
                    commas++;
                  }
                } else if (!Whitespace.isWhitespace(ch) && ch != '\u00A0') {
                  chars++;
                  if (ch == ',' || ch == '،' || ch == '，' || ch == '、') {
                    commas++;
                  }
                }
              }
              Counts top = stack.peek();
              top.chars += chars;
              top.commas += commas;
              if (linkDepth[0] > 0) {
                top.linkChars += chars;
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              Counts c = stack.pop();
              if (e.nameIs("a")) {
                linkDepth[0]--;
              }
              if (e.nameIs("p")) {
                c.paragraphs++;
              }
              Counts parent = stack.peek();
              if (parent != null) {
                parent.chars += c.chars;
                parent.linkChars += c.linkChars;
                parent.commas += c.commas;
                parent.paragraphs += c.paragraphs;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    counts = new IdentityHashMap<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      counts.put(elements.get(i), countsInOrder.get(i));
    }
    if (dropRoot[0] && root.parent() != null) {
      root.remove();
    }
  }

  /** Takes a removed element's counts off its former ancestors (call before or after removal). */
  void subtract(Element removed, Element formerParent) {
    Counts c = of(removed);
    for (Element p = formerParent; p != null; p = p.parent()) {
      Counts pc = counts.get(p);
      if (pc == null) {
        break;
      }
      pc.chars -= c.chars;
      pc.linkChars -= c.linkChars;
      pc.commas -= c.commas;
      pc.paragraphs -= c.paragraphs;
    }
  }

  /** The elements with {@code itemprop=articleBody}. */
  List<Element> articleBodies() {
    return articleBodies;
  }

  /**
   * Every element under the root in document order, leaving out the subtrees of {@code removed}
   * (which must have been under the root when the stats were taken).
   */
  List<Element> elementsWithout(List<Element> removed) {
    if (removed.isEmpty()) {
      return elements;
    }
    java.util.Set<Element> roots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    roots.addAll(removed);
    List<Element> out = new ArrayList<>(elements.size());
    int skipBelow = Integer.MAX_VALUE;
    for (int i = 0; i < elements.size(); i++) {
      int d = depths[i];
      if (d > skipBelow) {
        continue;
      }
      skipBelow = Integer.MAX_VALUE;
      if (roots.contains(elements.get(i))) {
        skipBelow = d;
        continue;
      }
      out.add(elements.get(i));
    }
    return out;
  }

  /** How many elements were measured: the root and what remained under it after cleaning. */
  int size() {
    return elements.size();
  }

  /** The {@code i}-th element measured, in document order; 0 is the root. */
  Element elementAt(int i) {
    return elements.get(i);
  }

  /** Levels below the root of the {@code i}-th element. */
  int depthAt(int i) {
    return depths[i];
  }

  /** The measures of the {@code i}-th element ({@link #of} without the look-up). */
  Counts countsAt(int i) {
    return countsInOrder.get(i);
  }

  Counts of(Element e) {
    Counts c = counts.get(e);
    return c == null ? ZERO : c;
  }
}
