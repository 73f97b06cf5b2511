package org.warta.feed.write;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.warta.feed.xml.Namespaces;

/**
 * Writes Atom 1.0 (RFC 4287). The feed id is its self link; an entry id that is an absolute URI is
 * used as is, any other id becomes a name-based {@code urn:uuid:} (stable: same id, same URN).
 * Every entry gets the required {@code updated} (its last change, else the feed's) and an author
 * (its own, else the feed title, section 4.1.1). Summary and content are {@code type="html"}, in
 * CDATA sections.
 */
final class AtomWriter {
  private AtomWriter() {}

  static byte[] write(OutgoingFeed feed) {
    XmlOut out = new XmlOut();
    String[] root =
        feed.language().isDetermined()
            ? new String[] {
              "xmlns",
              Namespaces.ATOM,
              "xmlns:media",
              Namespaces.MEDIA,
              "xml:lang",
              feed.language().code()
            }
            : new String[] {"xmlns", Namespaces.ATOM, "xmlns:media", Namespaces.MEDIA};
    out.open("feed", root);
    out.text("id", feed.selfLink().toString());
    out.text("title", feed.title(), "type", "text");
    out.text("subtitle", feed.description(), "type", "text");
    OffsetDateTime updated = feed.lastChange();
    out.text("updated", date(updated));
    out.empty(
        "link", "rel", "self", "type", "application/atom+xml", "href", feed.selfLink().toString());
    out.empty("link", "rel", "alternate", "type", "text/html", "href", feed.homeLink().toString());
    out.open("author").text("name", feed.title()).close("author");
    out.text("generator", "Warta");
    for (OutgoingEntry entry : feed.entries()) {
      entry(out, entry, updated);
    }
    out.close("feed");
    return out.bytes();
  }

  private static void entry(XmlOut out, OutgoingEntry e, OffsetDateTime feedUpdated) {
    out.open("entry");
    out.text("id", id(e.id()));
    out.text("title", e.title().isEmpty() ? e.link().toString() : e.title(), "type", "text");
    out.empty("link", "rel", "alternate", "type", "text/html", "href", e.link().toString());
    e.published().ifPresent(d -> out.text("published", date(d)));
    out.text("updated", date(e.lastChange().orElse(feedUpdated)));
    for (String author : e.authors()) {
      out.open("author").text("name", author).close("author");
    }
    e.categories().forEach(c -> out.empty("category", "term", c));
    out.html("summary", e.summaryHtml(), "type", "html");
    out.html("content", e.contentHtml(), "type", "html");
    e.image().ifPresent(image -> RssWriter.media(out, image));
    out.close("entry");
  }

  /** The Atom id for an entry id: itself when it is an absolute URI, else a stable urn:uuid. */
  static String id(String id) {
    try {
      URI uri = new URI(id);
      if (uri.isAbsolute()) {
        return id;
      }
    } catch (java.net.URISyntaxException e) {
      // not a URI: fall through to a name-based UUID
    }
    return "urn:uuid:" + UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
  }

  static String date(OffsetDateTime date) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
  }
}
