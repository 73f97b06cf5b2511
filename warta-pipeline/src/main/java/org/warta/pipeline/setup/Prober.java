package org.warta.pipeline.setup;

import java.net.URI;
import java.util.Locale;
import org.warta.core.RawPage;
import org.warta.feed.DocumentKind;
import org.warta.feed.DocumentSniffer;
import org.warta.feed.FeedException;
import org.warta.feed.FeedReader;
import org.warta.feed.sitemap.Sitemap;
import org.warta.feed.sitemap.SitemapReader;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.Purpose;

/**
 * Fetches a URL of unknown kind through the polite fetcher ({@link Purpose#PROBE}: the SSRF guard,
 * politeness and stored Retry-After/backoff windows apply) and tells what it is by its bytes and
 * Content-Type, reading it with the matching warta-feed reader.
 */
final class Prober {
  private final Fetcher fetcher;

  Prober(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  Probed probe(URI url) {
    return switch (fetcher.fetch(request(url))) {
      case FetchResult.Fetched f -> classify(url, f.page());
      case FetchResult.NotModified n ->
          new Probed.Unusable(url, url + " answered 304 Not Modified to an unconditional request");
      case FetchResult.Blocked b -> new Probed.Unusable(url, b.problem().message());
      case FetchResult.Failed f -> new Probed.Unusable(url, f.problem().message());
    };
  }

  /**
   * A probe, except for gzip files ({@code sitemap.xml.gz}, served as {@code application/gzip},
   * which a probe does not accept): those can only be sitemaps and are fetched as such.
   */
  static FetchRequest request(URI url) {
    String path = url.getRawPath() == null ? "" : url.getRawPath().toLowerCase(Locale.ROOT);
    return path.endsWith(".gz")
        ? FetchRequest.sitemap(url).unconditional()
        : FetchRequest.of(url, Purpose.PROBE);
  }

  static Probed classify(URI url, RawPage page) {
    String type = page.contentType().orElse("");
    DocumentKind kind = DocumentSniffer.sniff(page.body(), type);
    try {
      if (kind.isFeed()) {
        return new Probed.AFeed(url, page, FeedReader.read(page.body(), page.url(), type));
      }
      if (kind.isSitemap()) {
        Sitemap sitemap = SitemapReader.read(page.body(), page.url(), type);
        boolean news =
            sitemap instanceof Sitemap.UrlSet set
                && set.urls().stream().anyMatch(u -> u.news().isPresent());
        return new Probed.ASitemap(url, page, sitemap, news);
      }
    } catch (FeedException e) {
      return new Probed.Unusable(url, e.getMessage());
    }
    if (kind == DocumentKind.HTML) {
      return new Probed.APage(url, page);
    }
    return new Probed.Unusable(
        url,
        url
            + " is neither a feed, a sitemap nor an HTML page ("
            + kind
            + (type.isEmpty() ? "" : ", " + type)
            + "); give the address of the site's feed, sitemap or home page");
  }
}
