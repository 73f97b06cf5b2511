package org.warta.feed.write;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.warta.core.Image;
import org.warta.feed.xml.Namespaces;

/**
 * Writes RSS 2.0 (RSS Advisory Board 2.0.11) with the content, Dublin Core, Media RSS and Atom
 * namespaces: {@code guid isPermaLink="true"} only when the id is the link, {@code description} =
 * summary (else content), {@code content:encoded} = content, {@code dc:creator} per author (RSS
 * {@code author} requires an e-mail address), the image as {@code media:content}, {@code atom:link
 * rel="self"}. Dates in RFC 822 (RFC 1123 form) in GMT. HTML goes out in CDATA sections.
 */
final class RssWriter {
  private RssWriter() {}

  static byte[] write(OutgoingFeed feed) {
    XmlOut out = new XmlOut();
    out.open(
        "rss",
        "version",
        "2.0",
        "xmlns:atom",
        Namespaces.ATOM,
        "xmlns:content",
        Namespaces.CONTENT,
        "xmlns:dc",
        Namespaces.DC,
        "xmlns:media",
        Namespaces.MEDIA);
    out.open("channel");
    out.text("title", feed.title());
    out.text("link", feed.homeLink().toString());
    out.text("description", feed.description().isEmpty() ? feed.title() : feed.description());
    if (feed.language().isDetermined()) {
      out.text("language", feed.language().code());
    }
    out.text("lastBuildDate", date(feed.lastChange()));
    out.text("generator", "Warta");
    out.empty(
        "atom:link",
        "rel",
        "self",
        "type",
        "application/rss+xml",
        "href",
        feed.selfLink().toString());
    for (OutgoingEntry entry : feed.entries()) {
      item(out, entry);
    }
    out.close("channel").close("rss");
    return out.bytes();
  }

  private static void item(XmlOut out, OutgoingEntry e) {
    out.open("item");
    out.text("title", e.title());
    out.text("link", e.link().toString());
    boolean permaLink = e.id().equals(e.link().toString());
    out.text("guid", e.id(), "isPermaLink", String.valueOf(permaLink));
    e.published().or(e::updated).ifPresent(d -> out.text("pubDate", date(d)));
    out.html("description", e.summaryHtml().isEmpty() ? e.contentHtml() : e.summaryHtml());
    out.html("content:encoded", e.contentHtml());
    e.authors().forEach(a -> out.text("dc:creator", a));
    e.categories().forEach(c -> out.text("category", c));
    e.image().ifPresent(image -> media(out, image));
    out.close("item");
  }

  static void media(XmlOut out, Image image) {
    if (image.caption().isEmpty() && image.credit().isEmpty() && image.alt().isEmpty()) {
      out.empty("media:content", "url", image.url().toString(), "medium", "image");
      return;
    }
    out.open("media:content", "url", image.url().toString(), "medium", "image");
    out.text("media:title", image.alt());
    out.text("media:description", image.caption());
    out.text("media:credit", image.credit());
    out.close("media:content");
  }

  static String date(OffsetDateTime date) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(date.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
