package org.warta.feed.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.feed.link.Hrefs;

/**
 * An HTML page parsed with jsoup (charset from BOM / meta, else UTF-8) together with the base its
 * links resolve against: the first {@code <base href>}, else the page URL.
 */
final class HtmlPage {
  /** Pages larger than this are cut: discovery needs the head and the link list, not megabytes. */
  static final int MAX_BYTES = 8 * 1024 * 1024;

  final Document document;
  final URI base;

  private HtmlPage(Document document, URI base) {
    this.document = document;
    this.base = base;
  }

  static HtmlPage parse(byte[] html, URI pageUrl) {
    int length = Math.min(html.length, MAX_BYTES);
    try {
      Document doc =
          Jsoup.parse(new ByteArrayInputStream(html, 0, length), null, pageUrl.toString());
      Element baseElement = doc.selectFirst("base[href]");
      URI base =
          baseElement == null
              ? pageUrl
              : Hrefs.resolveHttp(pageUrl, baseElement.attr("href")).orElse(pageUrl);
      return new HtmlPage(doc, base);
    } catch (IOException e) {
      throw new UncheckedIOException("reading HTML from memory failed", e); // cannot happen
    }
  }

  /** An href resolved against the page base, http(s) only, without fragment. */
  Optional<URI> resolve(String href) {
    return Hrefs.resolveHttp(base, href).map(HtmlPage::withoutFragment);
  }

  static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }
}
