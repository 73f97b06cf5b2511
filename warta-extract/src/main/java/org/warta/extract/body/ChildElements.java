package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An element's child elements, read from its child nodes. jsoup's {@code children()} and {@code
 * childrenSize()} build the list through a stream and keep it on the element as user data, which
 * costs more than these one-off reads.
 */
final class ChildElements {
  private ChildElements() {}

  /**
   * The child elements in order, as a list of their own (later changes to the tree do not show).
   */
  static List<Element> of(Element e) {
    List<Element> out = new ArrayList<>();
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element child) {
        out.add(child);
      }
    }
    return out;
  }

  /** Whether the element has exactly one child element. */
  static boolean isOne(Element e) {
    int count = 0;
    for (int i = 0, n = e.childNodeSize(); i < n && count < 2; i++) {
      if (e.childNode(i) instanceof Element) {
        count++;
      }
    }
    return count == 1;
  }

  /** Whether the element has no child element. */
  static boolean none(Element e) {
    for (int i = 0, n = e.childNodeSize(); i < n; i++) {
      if (e.childNode(i) instanceof Element) {
        return false;
      }
    }
    return true;
  }
}
