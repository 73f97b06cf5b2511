package org.warta.sample.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.warta.sample.publisher.FeedFormat;

/**
 * Reads the sample's feeds back with the JDK's StAX parser and Jackson, independently of the
 * writers.
 */
final class FeedParsing {
  private FeedParsing() {}

  static List<FeedItem> items(FeedFormat format, byte[] bytes) throws Exception {
    return switch (format) {
      case RSS -> xml(bytes, "item", "link", null, "pubDate");
      case ATOM -> xml(bytes, "entry", null, "link", "published");
      case JSON -> json(bytes);
    };
  }

  /** Items of an RSS or Atom document: link from a text element or an href attribute. */
  private static List<FeedItem> xml(
      byte[] bytes, String itemTag, String linkText, String linkHref, String dateTag)
      throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
    List<FeedItem> items = new ArrayList<>();
    String link = null;
    String date = null;
    boolean inItem = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamReader.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals(itemTag)) {
          inItem = true;
          link = null;
          date = null;
        } else if (inItem && name.equals(linkHref)) {
          link = r.getAttributeValue(null, "href");
        } else if (inItem && name.equals(linkText) && noNamespace(r)) {
          link = r.getElementText();
        } else if (inItem && name.equals(dateTag)) {
          date = r.getElementText();
        }
      } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals(itemTag)) {
        inItem = false;
        items.add(new FeedItem(link, parseDate(date)));
      }
    }
    return items;
  }

  private static boolean noNamespace(XMLStreamReader r) {
    return r.getNamespaceURI() == null || r.getNamespaceURI().isEmpty();
  }

  private static OffsetDateTime parseDate(String date) {
    if (Character.isLetter(date.charAt(0))) {
      return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
    }
    return OffsetDateTime.parse(date);
  }

  private static List<FeedItem> json(byte[] bytes) throws IOException {
    JsonNode feed = new ObjectMapper().readTree(bytes);
    if (!feed.path("version").asText().equals("https://jsonfeed.org/version/1.1")) {
      throw new IOException("not a JSON Feed 1.1 document");
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode item : feed.path("items")) {
      items.add(
          new FeedItem(
              item.path("url").asText(),
              OffsetDateTime.parse(item.path("date_published").asText())));
    }
    return items;
  }
}
