package org.warta.feed.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.feed.atom.AtomLink;
import org.warta.feed.media.MediaRef;
import org.warta.feed.media.MediaRss;
import org.warta.feed.xml.Namespaces;
import org.warta.feed.xml.XmlElement;

/**
 * Reads an {@code <rss>} element tree into an {@link RssChannel}. Lenient as real feeds need: the
 * channel's core elements are matched by name in the namespace of {@code <rss>} (some feeds give it
 * a default namespace), items found next to the channel (an RSS 0.91 habit) are read too, and HTML
 * a publisher forgot to escape in {@code description} is kept as markup.
 */
public final class RssParser {
  static final String FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0";

  private RssParser() {}

  /** The channel of an {@code rss} root element; an empty channel when there is none. */
  public static RssChannel parse(XmlElement rss) {
    XmlElement channel = rss.child("channel").orElse(rss);
    List<RssItem> items = new ArrayList<>();
    for (XmlElement item : channel.children("item")) {
      items.add(item(item));
    }
    if (channel != rss) {
      for (XmlElement item : rss.children("item")) {
        items.add(item(item));
      }
    }
    return new RssChannel(
        rss.attribute("version").strip(),
        channel.childText("title"),
        channel.childText("link"),
        channel.child("description").map(XmlElement::textOrMarkup).orElse(""),
        firstNonEmpty(
            channel.childText("language"),
            channel.childText(Namespaces.DC, "language"),
            channel.lang()),
        channel.childText("lastBuildDate"),
        firstNonEmpty(channel.childText("pubDate"), channel.childText(Namespaces.DC, "date")),
        channel.childText("ttl"),
        texts(channel.child("skipHours").map(e -> e.children("hour")).orElse(List.of())),
        texts(channel.child("skipDays").map(e -> e.children("day")).orElse(List.of())),
        channel.childText(Namespaces.SYNDICATION, "updatePeriod").toLowerCase(Locale.ROOT),
        channel.childText(Namespaces.SYNDICATION, "updateFrequency"),
        AtomLink.read(channel, Namespaces.ATOM),
        items,
        channel.base());
  }

  private static RssItem item(XmlElement item) {
    var guid = item.child("guid");
    List<String> authors = new ArrayList<>(texts(item.children("author")));
    authors.addAll(texts(item.children(Namespaces.DC, "creator")));
    List<String> categories = new ArrayList<>(texts(item.children("category")));
    categories.addAll(texts(item.children(Namespaces.DC, "subject")));
    List<MediaRef> media = new ArrayList<>(MediaRss.read(item));
    for (XmlElement enclosure : item.children("enclosure")) {
      media.add(
          MediaRef.enclosure(enclosure.attribute("url"), enclosure.attribute("type").strip()));
    }
    return new RssItem(
        item.child("title").map(XmlElement::textOrMarkup).orElse(""),
        item.childText("link"),
        item.childText(FEEDBURNER, "origLink"),
        guid.map(XmlElement::text).orElse(""),
        guid.map(g -> !g.attribute("isPermaLink").strip().equalsIgnoreCase("false")).orElse(true),
        item.child("description").map(XmlElement::textOrMarkup).orElse(""),
        item.child(Namespaces.CONTENT, "encoded").map(XmlElement::textOrMarkup).orElse(""),
        item.childText("pubDate"),
        firstNonEmpty(
            item.childText(Namespaces.DC, "date"),
            item.childText(Namespaces.ATOM, "published"),
            item.childText(Namespaces.ATOM, "updated")),
        authors,
        categories,
        media,
        AtomLink.read(item, Namespaces.ATOM),
        firstNonEmpty(item.lang(), item.childText(Namespaces.DC, "language")),
        item.base());
  }

  static List<String> texts(List<XmlElement> elements) {
    List<String> texts = new ArrayList<>(elements.size());
    for (XmlElement e : elements) {
      String t = e.text();
      if (!t.isEmpty()) {
        texts.add(t);
      }
    }
    return texts;
  }

  static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
