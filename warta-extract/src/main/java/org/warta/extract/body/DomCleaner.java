package org.warta.extract.body;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.warta.extract.HiddenMarkup;

/**
 * Removes what is never article text before any scoring: scripts, styles, embedded objects, form
 * controls, hidden elements ({@code hidden}, {@code display:none}, except React's streamed segments
 * left out of place by {@link StreamedSegments}), comments; and makes lazy images real ({@code
 * data-src} → {@code src}, {@code <noscript>} fallbacks). The rules, node by node; {@link
 * TextStats#ofCleaned} applies them in its pass over the page, taking the nodes out of the
 * document.
 */
final class DomCleaner {
  private static final Set<String> DROP =
      Set.of(
          "script",
          "style",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "applet",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "link",
          "meta",
          "dialog",
          "map",
          "area",
          "audio",
          "video",
          "source",
          "track",
          "head",
          "base",
          "frame",
          "frameset",
          "math");
  private static final List<String> LAZY_SRC =
      List.of("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-srcset");

  private DomCleaner() {}

  /**
   * The cleaning rule for one node: whether it goes (with its subtree); a lazy image that stays is
   * made real on the way.
   */
  static boolean visit(Node node) {
    if (node instanceof Comment) {
      return true;
    }
    if (node instanceof Element e) {
      if (DROP.contains(e.normalName()) || hidden(e)) {
        return true;
      }
      if (e.nameIs("img")) {
        unlazy(e);
      } else if (e.nameIs("noscript")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(Element e) {
    return HiddenMarkup.hides(e) && !StreamedSegments.isSegment(e) && !collapsedPanel(e);
  }

  /**
   * Whether a hidden element is the panel of an accordion in the WAI-ARIA pattern ({@code
   * role="region"} labelled by its toggle, {@code aria-labelledby}): text the reader opens with a
   * click, shown as hidden only until then.
   */
  private static boolean collapsedPanel(Element e) {
    return e.attr("role").equals("region") && e.hasAttr("aria-labelledby");
  }

  private static void unlazy(Element img) {
    String src = img.attr("src");
    if (!src.isEmpty()
        && !src.startsWith("data:")
        && !src.contains("placeholder")
        && !src.contains("blank.")) {
      return;
    }
    for (String attr : LAZY_SRC) {
      String v = img.attr(attr).strip();
      if (!v.isEmpty()) {
        int space = v.indexOf(' ');
        img.attr("src", space > 0 ? v.substring(0, space) : v);
        return;
      }
    }
  }
}
