package org.warta.feed.opml;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.feed.xml.XmlEscape;

/**
 * Writes OPML 2.0 (opml.org/spec2.opml): {@code head} with title, {@code dateCreated} (RFC 822) and
 * owner; subscriptions as {@code outline type="rss"} with {@code text}, {@code title}, {@code
 * xmlUrl}, {@code htmlUrl}, {@code language}; folders as outlines with children. Output is UTF-8
 * and always well-formed (text escaped, characters XML forbids dropped).
 */
public final class OpmlWriter {
  private OpmlWriter() {}

  /** The document as UTF-8 bytes. */
  public static byte[] write(Opml opml) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n");
    element(sb, "title", opml.title());
    opml.created()
        .ifPresent(d -> element(sb, "dateCreated", DateTimeFormatter.RFC_1123_DATE_TIME.format(d)));
    if (!opml.ownerName().isEmpty()) {
      element(sb, "ownerName", opml.ownerName());
    }
    sb.append("  </head>\n  <body>\n");
    for (Outline outline : opml.outlines()) {
      outline(sb, outline, 2);
    }
    sb.append("  </body>\n</opml>\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Builds the outline tree from subscriptions and their folder paths, keeping document order: a
   * folder stands where its first subscription stood.
   */
  public static List<Outline> tree(List<Subscription> subscriptions) {
    Map<String, List<Subscription>> byFolder = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>(); // Outline (top level) or String (folder name)
    for (Subscription s : subscriptions) {
      if (s.folders().isEmpty()) {
        order.add(s.outline());
        continue;
      }
      String folder = s.folders().getFirst();
      if (!byFolder.containsKey(folder)) {
        order.add(folder);
      }
      byFolder
          .computeIfAbsent(folder, k -> new ArrayList<>())
          .add(new Subscription(s.folders().subList(1, s.folders().size()), s.outline()));
    }
    List<Outline> result = new ArrayList<>(order.size());
    for (Object entry : order) {
      result.add(
          entry instanceof Outline o
              ? o
              : Outline.folder((String) entry, tree(byFolder.get(entry))));
    }
    return result;
  }

  private static void outline(StringBuilder sb, Outline o, int depth) {
    sb.append("  ".repeat(depth)).append("<outline");
    attribute(sb, "text", o.text().isEmpty() ? o.title() : o.text());
    if (!o.title().isEmpty()) {
      attribute(sb, "title", o.title());
    }
    if (o.isSubscription()) {
      attribute(sb, "type", o.type().isEmpty() ? "rss" : o.type());
      attribute(sb, "xmlUrl", o.xmlUrl().orElseThrow().toString());
    }
    o.htmlUrl().ifPresent(u -> attribute(sb, "htmlUrl", u.toString()));
    if (!o.language().isEmpty()) {
      attribute(sb, "language", o.language());
    }
    if (!o.categories().isEmpty()) {
      attribute(sb, "category", String.join(",", o.categories()));
    }
    if (o.children().isEmpty()) {
      sb.append("/>\n");
      return;
    }
    sb.append(">\n");
    for (Outline child : o.children()) {
      outline(sb, child, depth + 1);
    }
    sb.append("  ".repeat(depth)).append("</outline>\n");
  }

  private static void attribute(StringBuilder sb, String name, String value) {
    sb.append(' ').append(name).append("=\"");
    XmlEscape.attribute(value.replace('\n', ' ').replace('\t', ' ').replace('\r', ' '), sb);
    sb.append('"');
  }

  private static void element(StringBuilder sb, String name, String text) {
    sb.append("    <").append(name).append('>');
    XmlEscape.text(text, sb);
    sb.append("</").append(name).append(">\n");
  }
}
