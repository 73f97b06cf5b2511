package org.warta.feed.opml;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.warta.feed.EntryDates;
import org.warta.feed.FeedException;
import org.warta.feed.FeedException.Problem;
import org.warta.feed.link.Hrefs;
import org.warta.feed.xml.SafeXml;
import org.warta.feed.xml.XmlDocument;
import org.warta.feed.xml.XmlElement;

/**
 * Reads OPML 1.0/2.0 subscription lists through {@link SafeXml}. Lenient where exporters differ:
 * {@code xmlUrl}/{@code xmlurl} spellings, {@code title} when {@code text} is missing, feeds
 * without a {@code type}; relative URLs resolve against the file's URL.
 */
public final class OpmlReader {
  private OpmlReader() {}

  /**
   * The OPML document in {@code body}.
   *
   * @param url where the file came from (a {@code file:} URI for uploads is fine)
   * @throws FeedException when the body is no OPML document
   */
  public static Opml read(byte[] body, URI url) {
    XmlDocument doc = SafeXml.parse(body, url, "");
    XmlElement root = doc.root();
    if (!root.name().equalsIgnoreCase("opml")) {
      throw new FeedException(
          Problem.NOT_A_FEED, url, "XML whose root element is <" + root.name() + ">, not <opml>");
    }
    XmlElement head = root.child("head").orElse(root);
    List<String> warnings = new ArrayList<>();
    List<Outline> outlines = root.child("body").map(b -> outlines(b, url, 0)).orElse(List.of());
    return new Opml(
        head.childText("title"),
        new EntryDates(java.time.ZoneOffset.UTC, warnings).first(head.childText("dateCreated")),
        head.childText("ownerName"),
        outlines);
  }

  private static List<Outline> outlines(XmlElement parent, URI base, int depth) {
    List<Outline> outlines = new ArrayList<>();
    for (XmlElement e : parent.children("outline")) {
      String text = attribute(e, "text");
      String title = attribute(e, "title");
      outlines.add(
          new Outline(
              text.isEmpty() ? title : text,
              title.isEmpty() ? text : title,
              attribute(e, "type"),
              Hrefs.resolveHttp(base, attribute(e, "xmlUrl")),
              Hrefs.resolveHttp(base, attribute(e, "htmlUrl")),
              attribute(e, "language"),
              categories(attribute(e, "category")),
              depth < 32 ? outlines(e, base, depth + 1) : List.of()));
    }
    return outlines;
  }

  private static List<String> categories(String attribute) {
    List<String> categories = new ArrayList<>();
    for (String c : attribute.split(",")) {
      if (!c.isBlank()) {
        categories.add(c.strip());
      }
    }
    return categories;
  }

  /** An attribute by name, case-insensitively ({@code xmlUrl} is also written {@code xmlurl}). */
  private static String attribute(XmlElement e, String name) {
    String exact = e.attribute(name);
    return !exact.isEmpty()
        ? exact.strip()
        : e.attribute(name.toLowerCase(java.util.Locale.ROOT)).strip();
  }
}
