package org.warta.feed.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.feed.media.MediaRss;
import org.warta.feed.xml.Namespaces;
import org.warta.feed.xml.XmlElement;

/**
 * Reads an {@code rdf:RDF} element tree into an {@link RdfChannel}. The RSS namespace is taken from
 * the {@code channel} element, so RSS 1.0 and RSS 0.90 are read alike; items are the {@code item}
 * elements of {@code rdf:RDF} (and, leniently, of the channel).
 */
public final class RdfParser {
  private RdfParser() {}

  /** The channel and items of an {@code rdf:RDF} root element. */
  public static RdfChannel parse(XmlElement rdf) {
    String ns = namespace(rdf);
    XmlElement channel = rdf.child(ns, "channel").orElse(rdf);
    List<RdfItem> items = new ArrayList<>();
    for (XmlElement item : rdf.children(ns, "item")) {
      items.add(item(item, ns));
    }
    if (channel != rdf) {
      for (XmlElement item : channel.children(ns, "item")) {
        items.add(item(item, ns));
      }
    }
    return new RdfChannel(
        ns.equals(Namespaces.RSS_090),
        channel.childText(ns, "title"),
        channel.childText(ns, "link"),
        channel.child(ns, "description").map(XmlElement::textOrMarkup).orElse(""),
        first(channel.childText(Namespaces.DC, "language"), channel.lang(), rdf.lang()),
        channel.childText(Namespaces.DC, "date"),
        channel.childText(Namespaces.SYNDICATION, "updatePeriod").toLowerCase(Locale.ROOT),
        channel.childText(Namespaces.SYNDICATION, "updateFrequency"),
        items,
        channel.base());
  }

  /** The RSS namespace in use: that of the first channel or item child. */
  static String namespace(XmlElement rdf) {
    for (XmlElement child : rdf.children()) {
      if (child.name().equals("channel") || child.name().equals("item")) {
        return child.namespace();
      }
    }
    return Namespaces.RSS_10;
  }

  private static RdfItem item(XmlElement item, String ns) {
    return new RdfItem(
        item.attribute(Namespaces.RDF, "about").strip(),
        item.child(ns, "title").map(XmlElement::textOrMarkup).orElse(""),
        item.childText(ns, "link"),
        item.child(ns, "description").map(XmlElement::textOrMarkup).orElse(""),
        item.child(Namespaces.CONTENT, "encoded").map(XmlElement::textOrMarkup).orElse(""),
        first(item.childText(Namespaces.DC, "date"), item.childText(Namespaces.DC_TERMS, "issued")),
        texts(item.children(Namespaces.DC, "creator")),
        texts(item.children(Namespaces.DC, "subject")),
        MediaRss.read(item),
        first(item.lang(), item.childText(Namespaces.DC, "language")),
        item.base());
  }

  private static List<String> texts(List<XmlElement> elements) {
    return elements.stream().map(XmlElement::text).filter(t -> !t.isEmpty()).toList();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
