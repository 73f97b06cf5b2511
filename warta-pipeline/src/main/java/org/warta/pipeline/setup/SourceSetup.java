package org.warta.pipeline.setup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.RawPage;
import org.warta.core.Source;
import org.warta.core.SourceKind;
import org.warta.feed.DocumentKind;
import org.warta.feed.DocumentSniffer;
import org.warta.feed.Feed;
import org.warta.feed.FeedException;
import org.warta.feed.FeedReader;
import org.warta.feed.sitemap.Sitemap;
import org.warta.feed.sitemap.SitemapReader;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.Purpose;
import org.warta.store.Store;

/**
 * {@code sources add}: looks at what a URL is (a feed, a sitemap or sitemap index, a Google News
 * sitemap, or an HTML page) and adds the matching source. The probe goes through the polite
 * fetcher, so robots.txt, the SSRF guard and Retry-After apply to it too.
 */
public final class SourceSetup {
  private final Store store;
  private final Fetcher fetcher;

  public SourceSetup(Store store, Fetcher fetcher) {
    this.store = store;
    this.fetcher = fetcher;
  }

  /** What was added (or found already present). */
  public record Added(List<Source> sources, String explanation) {}

  /** Detects what {@code url} is and adds it; throws {@link SetupException} when it cannot. */
  public Added add(URI url) {
    RawPage page =
        switch (fetcher.fetch(FetchRequest.of(url, Purpose.PROBE))) {
          case FetchResult.Fetched f -> f.page();
          case FetchResult.NotModified n ->
              throw new SetupException(
                  url + " answered 304 Not Modified to an unconditional request");
          case FetchResult.Blocked b -> throw new SetupException(b.problem().message());
          case FetchResult.Failed f -> throw new SetupException(f.problem().message());
        };
    String type = page.contentType().orElse("");
    DocumentKind kind = DocumentSniffer.sniff(page.body(), type);
    if (kind.isFeed()) {
      return feed(url, page, type);
    }
    if (kind.isSitemap()) {
      return sitemap(url, page, type);
    }
    if (kind == DocumentKind.HTML) {
      return section(url);
    }
    throw new SetupException(
        url + " is neither a feed, a sitemap nor an HTML page (" + kind + ", " + type + ")");
  }

  private Added feed(URI url, RawPage page, String type) {
    try {
      Feed feed = FeedReader.read(page.body(), page.url(), type);
      String name = feed.title().isBlank() ? url.getHost() : feed.title().strip();
      URI home = feed.link().orElse(url.resolve("/"));
      Source s =
          store
              .sources()
              .add(
                  new NewSource(
                      name, url, home, SourceKind.FEED, feed.language(), DisplayPolicy.EXCERPT));
      return new Added(
          List.of(s),
          "added the "
              + feed.format()
              + " feed '"
              + name
              + "' ("
              + feed.items().size()
              + " entries now)");
    } catch (FeedException e) {
      throw new SetupException(e.getMessage());
    }
  }

  private Added sitemap(URI url, RawPage page, String type) {
    try {
      Sitemap sitemap = SitemapReader.read(page.body(), page.url(), type);
      boolean news =
          sitemap instanceof Sitemap.UrlSet set
              && set.urls().stream().anyMatch(u -> u.news().isPresent());
      SourceKind kind = news ? SourceKind.NEWS_SITEMAP : SourceKind.SITEMAP;
      String what =
          switch (sitemap) {
            case Sitemap.UrlSet set ->
                (news ? "Google News sitemap" : "sitemap") + " with " + set.urls().size() + " URLs";
            case Sitemap.Index index -> "sitemap index of " + index.sitemaps().size() + " sitemaps";
          };
      Source s =
          store
              .sources()
              .add(
                  NewSource.of(
                      url.getHost() + " " + (news ? "news sitemap" : "sitemap"), url, kind));
      return new Added(List.of(s), "added the " + what);
    } catch (FeedException e) {
      throw new SetupException(e.getMessage());
    }
  }

  private Added section(URI url) {
    List<Source> added = new ArrayList<>();
    Source s =
        store
            .sources()
            .add(
                new NewSource(
                    url.getHost(),
                    url,
                    url.resolve("/"),
                    SourceKind.SECTION_PAGE,
                    Language.UNDETERMINED,
                    DisplayPolicy.EXCERPT));
    added.add(s);
    return new Added(added, "added the page as a section page whose article links are followed");
  }

  /** The URL could not be added; the message says why and what to try. */
  public static final class SetupException extends RuntimeException {
    public SetupException(String message) {
      super(message);
    }
  }
}
