package org.warta.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.warta.feed.xml.Gzip;

/**
 * Tells what a document is from its first few kilobytes: the name of the XML root element (after
 * the declaration, comments, processing instructions and DOCTYPE), a JSON object with a
 * jsonfeed.org version, HTML markers, or lines of URLs. The content is trusted over the
 * Content-Type header, which is often wrong ({@code text/html} for feeds, {@code text/xml} for
 * everything); the header only decides between a text sitemap and other text.
 */
public final class DocumentSniffer {
  private static final int HEAD = 4096;

  private DocumentSniffer() {}

  /** The kind of the document; a gzip body is judged by its inflated start. */
  public static DocumentKind sniff(byte[] body, String contentType) {
    String head = head(Gzip.isGzip(body) ? Gzip.head(body, HEAD) : body);
    int start = 0;
    while (start < head.length()
        && (Character.isWhitespace(head.charAt(start)) || head.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (start >= head.length()) {
      return DocumentKind.OTHER;
    }
    char first = head.charAt(start);
    if (first == '{') {
      return head.contains("jsonfeed.org/version") ? DocumentKind.JSON_FEED : DocumentKind.OTHER;
    }
    if (first == '<') {
      return byRoot(rootName(head, start).toLowerCase(Locale.ROOT), head);
    }
    return looksLikeUrlList(head.substring(start), contentType)
        ? DocumentKind.SITEMAP_TEXT
        : DocumentKind.OTHER;
  }

  private static DocumentKind byRoot(String root, String head) {
    String local = root.substring(root.indexOf(':') + 1);
    return switch (local) {
      case "rss" -> DocumentKind.RSS;
      case "rdf" -> DocumentKind.RDF;
      case "feed" -> DocumentKind.ATOM;
      case "urlset" -> DocumentKind.SITEMAP_URLSET;
      case "sitemapindex" -> DocumentKind.SITEMAP_INDEX;
      case "opml" -> DocumentKind.OPML;
      case "html", "head", "body" -> DocumentKind.HTML;
      default ->
          head.toLowerCase(Locale.ROOT).contains("<html") ? DocumentKind.HTML : DocumentKind.OTHER;
    };
  }

  /** The qualified name of the first element, skipping prolog constructs. */
  static String rootName(String s, int from) {
    int i = from;
    while (i >= 0 && i < s.length()) {
      i = s.indexOf('<', i);
      if (i < 0 || i + 1 >= s.length()) {
        return "";
      }
      char next = s.charAt(i + 1);
      if (s.startsWith("<!--", i)) {
        i = s.indexOf("-->", i);
      } else if (next == '?') {
        i = s.indexOf("?>", i);
      } else if (next == '!') {
        i = skipDoctype(s, i);
      } else {
        int end = i + 1;
        while (end < s.length()
            && !Character.isWhitespace(s.charAt(end))
            && s.charAt(end) != '>'
            && s.charAt(end) != '/') {
          end++;
        }
        return s.substring(i + 1, end);
      }
    }
    return "";
  }

  private static int skipDoctype(String s, int i) {
    int bracket = s.indexOf('[', i);
    int close = s.indexOf('>', i);
    if (bracket >= 0 && close > bracket) {
      int end = s.indexOf("]>", bracket);
      return end < 0 ? -1 : end + 2;
    }
    return close < 0 ? -1 : close + 1;
  }

  private static boolean looksLikeUrlList(String text, String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (!(type.isEmpty() || type.startsWith("text/plain"))) {
      return false;
    }
    String firstLine = text.lines().findFirst().orElse("").strip().toLowerCase(Locale.ROOT);
    return firstLine.startsWith("http://") || firstLine.startsWith("https://");
  }

  private static String head(byte[] body) {
    int n = Math.min(body.length, HEAD);
    boolean utf16 =
        n >= 2
            && (body[0] == 0
                || body[1] == 0
                || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE));
    if (utf16) {
      boolean little = body[1] == 0 || body[0] == (byte) 0xFF;
      return new String(
              body, 0, n - (n % 2), little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE)
          .replace("\uFEFF", "");
    }
    return new String(body, 0, n, StandardCharsets.ISO_8859_1);
  }
}
