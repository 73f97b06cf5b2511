package org.warta.feed.sitemap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.feed.DocumentKind;
import org.warta.feed.DocumentSniffer;
import org.warta.feed.EntryDates;
import org.warta.feed.FeedException;
import org.warta.feed.FeedException.Problem;
import org.warta.feed.link.Hrefs;
import org.warta.feed.xml.Gzip;
import org.warta.feed.xml.SafeXml;
import org.warta.feed.xml.XmlDocument;
import org.warta.feed.xml.XmlElement;

/**
 * Reads sitemaps (sitemaps.org protocol 0.9): {@code urlset}, {@code sitemapindex}, gzip-compressed
 * files and text sitemaps (one URL per line), with the Google News ({@code news:}) and image
 * ({@code image:}) extensions. XML goes through {@link SafeXml} like every feed, so sitemaps get
 * the same DTD/XXE refusal, repairs and typed errors. Elements are matched by local name in the
 * document's own namespace, so the old Google 0.84 namespace and namespace-less sitemaps work.
 * Pure: bytes + URL + Content-Type in, records out.
 */
public final class SitemapReader {
  /** sitemaps.org limits a sitemap to 50 MB uncompressed; some publishers exceed it a little. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /** The protocol allows 50 000 URLs; more are read up to this cap, the rest dropped. */
  public static final int MAX_URLS = 100_000;

  private SitemapReader() {}

  /**
   * Reads the sitemap in {@code body}.
   *
   * @throws FeedException when the body is no readable sitemap
   */
  public static Sitemap read(byte[] body, URI url, String contentType) {
    if (body.length > MAX_BYTES) {
      throw new FeedException(Problem.TOO_LARGE, url, body.length + " bytes, limit " + MAX_BYTES);
    }
    byte[] bytes = Gzip.inflateIfGzip(body, url, MAX_BYTES);
    DocumentKind kind = DocumentSniffer.sniff(bytes, contentType);
    return switch (kind) {
      case SITEMAP_TEXT -> text(bytes, url);
      case SITEMAP_URLSET, SITEMAP_INDEX, OTHER -> xml(bytes, url, contentType);
      default ->
          throw new FeedException(
              Problem.NOT_A_FEED,
              url,
              "it is "
                  + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + ", not a sitemap");
    };
  }

  private static Sitemap xml(byte[] bytes, URI url, String contentType) {
    XmlDocument doc = SafeXml.parse(bytes, url, contentType);
    XmlElement root = doc.root();
    List<String> warnings = new ArrayList<>(doc.warnings());
    EntryDates dates = new EntryDates(java.time.ZoneOffset.UTC, warnings);
    if (root.name().equals("sitemapindex")) {
      List<SitemapRef> refs = new ArrayList<>();
      for (XmlElement sitemap : root.children("sitemap")) {
        Hrefs.resolveHttp(url, sitemap.childText("loc"))
            .ifPresent(
                loc -> refs.add(new SitemapRef(loc, dates.first(sitemap.childText("lastmod")))));
      }
      return new Sitemap.Index(refs, warnings);
    }
    if (!root.name().equals("urlset")) {
      throw new FeedException(
          Problem.NOT_A_FEED,
          url,
          "XML whose root element is <" + root.name() + ">, not <urlset> or <sitemapindex>");
    }
    List<SitemapUrl> urls = new ArrayList<>();
    for (XmlElement entry : root.children("url")) {
      if (urls.size() >= MAX_URLS) {
        warnings.add("more than " + MAX_URLS + " URLs; the rest were dropped");
        break;
      }
      UrlEntries.read(entry, url, dates)
          .ifPresentOrElse(
              urls::add,
              () ->
                  warnings.add(
                      "skipped a <url> without a usable <loc>: '" + entry.childText("loc") + "'"));
    }
    return new Sitemap.UrlSet(urls, warnings);
  }

  private static Sitemap text(byte[] bytes, URI url) {
    List<SitemapUrl> urls = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).lines().toList()) {
      if (line.isBlank()) {
        continue;
      }
      if (urls.size() >= MAX_URLS) {
        warnings.add("more than " + MAX_URLS + " URLs; the rest were dropped");
        break;
      }
      Hrefs.parse(line) // text sitemaps hold full URLs only
          .filter(Hrefs::isHttp)
          .ifPresentOrElse(
              u ->
                  urls.add(
                      new SitemapUrl(
                          u, Optional.empty(), "", Optional.empty(), Optional.empty(), List.of())),
              () -> warnings.add("skipped a line that is no URL: '" + line.strip() + "'"));
    }
    return new Sitemap.UrlSet(urls, warnings);
  }
}
