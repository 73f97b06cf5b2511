package org.warta.extract.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts React's streamed segments where its script would put them. Streaming server rendering
 * (Next.js and others) sends a late part of the page as {@code <div hidden id="S:3">…</div>} at the
 * end of {@code <body>} and leaves {@code <!--$?--><template id="B:3"></template>fallback<!--/$-->}
 * where it belongs; a script ({@code $RC("B:3","S:3")}) swaps them in the browser. Done here, the
 * late paragraphs of an article sit inside its marked body again instead of after the footer, and
 * the "Loading…" fallback goes. Cheap on other pages: only {@code <body>}'s own children are read
 * unless one of them is a segment.
 */
final class StreamedSegments {
  private StreamedSegments() {}

  /** Moves every segment that has its placeholder into place (changing the page). */
  static void place(Element body) {
    List<Element> segments = new ArrayList<>();
    // sibling by sibling: children() would build the list of body's child elements first
    for (Element child = body.firstElementChild();
        child != null;
        child = child.nextElementSibling()) {
      if (isSegment(child)) {
        segments.add(child);
      }
    }
    if (segments.isEmpty()) {
      return;
    }
    Map<String, Element> placeholders = new HashMap<>();
    for (Element t : body.getElementsByTag("template")) {
      String id = t.id();
      if (id.startsWith("B:")) {
        placeholders.putIfAbsent(id.substring(2), t);
      }
    }
    for (Element segment : segments) {
      Element placeholder = placeholders.get(segment.id().substring(2));
      if (placeholder == null || placeholder.parent() == null) {
        continue; // left as it is: kept as content at the end of the page
      }
      removeFallback(placeholder);
      for (Node n : new ArrayList<>(segment.childNodes())) {
        placeholder.before(n);
      }
      placeholder.remove();
      segment.remove();
    }
  }

  /** Whether {@code e} is a streamed segment: {@code <div hidden id="S:…">} (hex digits). */
  static boolean isSegment(Element e) {
    if (!e.nameIs("div") || !e.hasAttr("hidden")) {
      return false;
    }
    String id = e.id();
    if (id.length() < 3 || !id.startsWith("S:")) {
      return false;
    }
    for (int i = 2; i < id.length(); i++) {
      if (Character.digit(id.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Removes the fallback after a placeholder: its siblings up to the comment closing the boundary
   * ({@code <!--/$-->}, nested boundaries counted); nothing when no such comment follows.
   */
  private static void removeFallback(Element placeholder) {
    List<Node> fallback = new ArrayList<>();
    int depth = 0;
    for (Node n = placeholder.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Comment c) {
        String data = c.getData();
        if (data.equals("/$")) {
          if (depth == 0) {
            fallback.forEach(Node::remove);
            return;
          }
          depth--;
        } else if (data.equals("$") || data.equals("$?") || data.equals("$!")) {
          depth++;
        }
      }
      fallback.add(n);
    }
  }
}
