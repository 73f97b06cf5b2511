package org.warta.feed.atom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.feed.PlainText;
import org.warta.feed.media.MediaRef;
import org.warta.feed.media.MediaRss;
import org.warta.feed.xml.Namespaces;
import org.warta.feed.xml.XmlElement;

/** Reads an Atom 1.0 or 0.3 {@code feed} element tree into an {@link AtomFeed}. */
public final class AtomParser {
  private AtomParser() {}

  /** The feed a {@code feed} root element describes. */
  public static AtomFeed parse(XmlElement feed) {
    String ns = feed.namespace();
    List<AtomEntry> entries = new ArrayList<>();
    for (XmlElement entry : feed.children(ns, "entry")) {
      entries.add(entry(entry, ns));
    }
    return new AtomFeed(
        ns.equals(Namespaces.ATOM_03),
        feed.childText(ns, "id"),
        feed.child(ns, "title").map(AtomText::plain).orElse(""),
        feed.child(ns, "subtitle")
            .or(() -> feed.child(ns, "tagline"))
            .map(AtomText::plain)
            .orElse(""),
        AtomLink.read(feed, ns),
        first(feed.childText(ns, "updated"), feed.childText(ns, "modified")),
        feed.lang(),
        entries,
        feed.base());
  }

  private static AtomEntry entry(XmlElement entry, String ns) {
    List<AtomLink> links = AtomLink.read(entry, ns);
    List<MediaRef> media = new ArrayList<>(MediaRss.read(entry));
    for (AtomLink link : links) {
      if (link.rel().equals("enclosure")) {
        media.add(MediaRef.enclosure(link.href(), link.type()));
      }
    }
    return new AtomEntry(
        entry.childText(ns, "id"),
        entry.child(ns, "title").map(AtomText::plain).orElse(""),
        links,
        first(
            entry.childText(ns, "published"),
            entry.childText(ns, "issued"),
            entry.childText(ns, "created")),
        first(entry.childText(ns, "updated"), entry.childText(ns, "modified")),
        authors(entry, ns),
        entry.child(ns, "summary").map(AtomText::html).orElse(""),
        entry
            .child(ns, "content")
            .filter(c -> c.attribute("src").isBlank())
            .map(AtomText::html)
            .orElse(""),
        categories(entry, ns),
        media,
        entry.lang(),
        entry.base());
  }

  private static List<String> authors(XmlElement entry, String ns) {
    List<String> authors = new ArrayList<>(1);
    for (XmlElement author : entry.children(ns, "author")) {
      String name = author.hasChildren() ? author.childText(ns, "name") : author.text();
      if (!name.isEmpty()) {
        authors.add(PlainText.authorName(name));
      }
    }
    for (XmlElement creator : entry.children(Namespaces.DC, "creator")) {
      authors.add(PlainText.authorName(creator.text()));
    }
    return authors;
  }

  private static List<String> categories(XmlElement entry, String ns) {
    List<String> categories = new ArrayList<>(2);
    for (XmlElement category : entry.children(ns, "category")) {
      String label = category.attribute("label").strip();
      String term = category.attribute("term").strip();
      String value = !label.isEmpty() ? label : !term.isEmpty() ? term : category.text();
      if (!value.isEmpty() && !categories.contains(value)) {
        categories.add(PlainText.of(value));
      }
    }
    return categories;
  }

  static String first(String... values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  /** Whether a link's media type is an HTML page (or unspecified), for choosing the alternate. */
  static boolean isHtml(AtomLink link) {
    String type = link.type().toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.contains("html");
  }
}
