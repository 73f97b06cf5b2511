package org.warta.feed;

import java.net.URI;
import org.warta.feed.FeedException.Problem;
import org.warta.feed.atom.AtomAdapter;
import org.warta.feed.atom.AtomParser;
import org.warta.feed.json.JsonFeedAdapter;
import org.warta.feed.json.JsonFeedParser;
import org.warta.feed.rdf.RdfAdapter;
import org.warta.feed.rdf.RdfParser;
import org.warta.feed.rss.RssAdapter;
import org.warta.feed.rss.RssParser;
import org.warta.feed.xml.Gzip;
import org.warta.feed.xml.Namespaces;
import org.warta.feed.xml.SafeXml;
import org.warta.feed.xml.XmlDocument;
import org.warta.feed.xml.XmlElement;

/**
 * Reads a feed: bytes + URL + Content-Type in, {@link Feed} out. The format is detected from the
 * content (the header is often wrong) and dispatched to one package per format: RSS 0.91/0.92/2.0
 * ({@code rss}), RSS 1.0/0.90 ({@code rdf}), Atom 1.0/0.3 ({@code atom}), JSON Feed 1.0/1.1 ({@code
 * json}). XML goes through {@link SafeXml}: no DTD expansion, no external entities. Pure: no I/O,
 * safe to call from any thread.
 *
 * <pre>{@code
 * Feed feed = FeedReader.read(body, URI.create("https://warta.example/rss"), "application/rss+xml");
 * feed.items().forEach(item -> ...);
 * }</pre>
 */
public final class FeedReader {
  /** Largest document read (after gzip inflation): far above any real feed. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  private FeedReader() {}

  /**
   * Reads the feed in {@code body}.
   *
   * @param url where the body came from (after redirects): the base for relative links and the URL
   *     named in errors
   * @param contentType the Content-Type header, empty when unknown
   * @throws FeedException when the body is no readable feed; {@link FeedException#problem()} says
   *     why and the message what the user can do
   */
  public static Feed read(byte[] body, URI url, String contentType) {
    if (body.length > MAX_BYTES) {
      throw new FeedException(Problem.TOO_LARGE, url, body.length + " bytes, limit " + MAX_BYTES);
    }
    byte[] bytes = Gzip.inflateIfGzip(body, url, MAX_BYTES);
    DocumentKind kind = DocumentSniffer.sniff(bytes, contentType);
    return switch (kind) {
      case JSON_FEED -> JsonFeedAdapter.toFeed(JsonFeedParser.parse(bytes, url), url);
      case RSS, RDF, ATOM, OTHER -> readXml(bytes, url, contentType, kind);
      default -> throw notAFeed(url, kind);
    };
  }

  private static Feed readXml(byte[] bytes, URI url, String contentType, DocumentKind sniffed) {
    if (sniffed == DocumentKind.OTHER && !startsLikeXml(bytes)) {
      throw new FeedException(
          Problem.NOT_A_FEED, url, "neither XML nor JSON (Content-Type '" + contentType + "')");
    }
    XmlDocument doc = SafeXml.parse(bytes, url, contentType);
    XmlElement root = doc.root();
    if (root.name().equals("rss")) {
      return RssAdapter.toFeed(RssParser.parse(root), doc.warnings());
    }
    if (root.is(Namespaces.RDF, "RDF")) {
      return RdfAdapter.toFeed(RdfParser.parse(root), doc.warnings());
    }
    if (root.name().equals("feed") && isAtomNamespace(root.namespace())) {
      return AtomAdapter.toFeed(AtomParser.parse(root), doc.warnings());
    }
    throw new FeedException(
        Problem.NOT_A_FEED, url, "XML whose root element is <" + root.name() + ">");
  }

  private static boolean isAtomNamespace(String ns) {
    return ns.equals(Namespaces.ATOM) || ns.equals(Namespaces.ATOM_03) || ns.isEmpty();
  }

  private static boolean startsLikeXml(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '<') {
        return true;
      }
      if (!(b == ' '
          || b == '\t'
          || b == '\n'
          || b == '\r'
          || b == (byte) 0xEF
          || b == (byte) 0xBB
          || b == (byte) 0xBF
          || b == 0
          || b == (byte) 0xFE
          || b == (byte) 0xFF)) {
        return false;
      }
    }
    return false;
  }

  private static FeedException notAFeed(URI url, DocumentKind kind) {
    String detail =
        switch (kind) {
          case SITEMAP_URLSET, SITEMAP_INDEX, SITEMAP_TEXT ->
              "it is a sitemap; add it as a sitemap source";
          case OPML -> "it is an OPML subscription list; import it instead";
          case HTML -> "it is an HTML page; discover its feeds or add it as a section page";
          default -> "unrecognised content";
        };
    return new FeedException(Problem.NOT_A_FEED, url, detail);
  }
}
