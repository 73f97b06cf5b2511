package org.warta.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Dates printed in the article header, where readers see them: the text between the headline and
 * the body ("Selasa, 03 Desember 2024, 06:10 WIB", "Published Dec. 3, 2024"). Lines labelled as
 * updates ("Updated", "Diperbarui", "Aktualisiert", "Mis à jour") are read as modification dates.
 */
final class VisibleDates {
  private static final Pattern UPDATED =
      Pattern.compile(
          "(?iu)(updated|last modified|modified|diperbarui|update terakhir|aktualisiert|mis à jour|actualizado|atualizado|更新)");
  private static final int MAX_TEXTS = 60;
  private static final int MAX_TEXT_CHARS = 200;

  private VisibleDates() {}

  /** Published (first) and updated (second) dates printed after the headline, if any. */
  static List<Optional<FoundDate>> afterHeadline(Document doc, Optional<Element> h1, boolean monthFirst) {
    List<String> texts = new ArrayList<>();
    Node start = h1.isPresent() ? h1.get() : doc.body();
    collectFollowing(start, texts, h1.isPresent());
    Optional<FoundDate> published = Optional.empty();
    Optional<FoundDate> updated = Optional.empty();
    for (String t : texts) {
      Optional<FoundDate> d = DateParser.human(t, monthFirst);
      if (d.isEmpty()) {
        continue;
      }
      if (UPDATED.matcher(t).find() && !t.toLowerCase(Locale.ROOT).contains("publi")) {
        updated = updated.or(() -> d);
      } else if (published.isEmpty()) {
        published = d;
      }
      if (published.isPresent() && updated.isPresent()) {
        break;
      }
    }
    return List.of(published, updated);
  }

  /** Short texts of the element's following nodes, in document order, until a long paragraph. */
  private static void collectFollowing(Node start, List<String> out, boolean after) {
    @Nullable Node node = after ? nextInOrder(start, true) : start;
    StringBuilder line = new StringBuilder();
    int steps = 0;
    while (node != null && out.size() < MAX_TEXTS && steps++ < 4000) {
      if (node instanceof TextNode t) {
        String s = t.text().strip();
        if (s.length() > 400) {
          break; // the body has started
        }
        line.append(' ').append(s);
      } else if (node instanceof Element e && e.isBlock() || node instanceof Element b && b.nameIs("br")) {
        flush(line, out);
      }
      if (node instanceof Element e && e.nameIs("time")) {
        String dt = e.attr("datetime");
        if (!dt.isBlank()) {
          flush(line, out);
          out.add(e.text() + " " + dt);
        }
      }
      node = nextInOrder(node, false);
    }
    flush(line, out);
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().strip();
    if (!s.isEmpty() && s.length() <= MAX_TEXT_CHARS) {
      out.add(s);
    }
    line.setLength(0);
  }

  /** The next node in document order; {@code skipChildren} steps over the node's subtree. */
  private static @Nullable Node nextInOrder(Node node, boolean skipChildren) {
    if (!skipChildren && node.childNodeSize() > 0) {
      Node first = node.childNode(0);
      if (!(first.parent() instanceof Element e && (e.nameIs("script") || e.nameIs("style")))) {
        return first;
      }
    }
    @Nullable Node n = node;
    while (n != null) {
      Node next = n.nextSibling();
      if (next != null) {
        return next;
      }
      n = n.parent();
    }
    return null;
  }
}
