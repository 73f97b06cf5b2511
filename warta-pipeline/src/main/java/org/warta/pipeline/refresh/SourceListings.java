package org.warta.pipeline.refresh;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.core.FeedItem;
import org.warta.core.RawPage;
import org.warta.core.Source;
import org.warta.feed.Feed;
import org.warta.feed.FeedException;
import org.warta.feed.FeedReader;
import org.warta.feed.sitemap.Sitemap;
import org.warta.feed.sitemap.SitemapAdapter;
import org.warta.feed.sitemap.SitemapReader;
import org.warta.feed.sitemap.SitemapRef;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.polling.CacheHints;

/**
 * Fetches and reads what a source lists: the entries of its feed (with its {@code <ttl>} or {@code
 * sy:updatePeriod} hint, the response's {@code Cache-Control: max-age} and its WebSub hubs), the
 * URLs of its sitemap (following a sitemap index to its newest children), or the article links of
 * its section page ({@link SectionPages}).
 */
final class SourceListings {
  /** Children of a sitemap index read per poll, newest first. */
  static final int INDEX_CHILDREN = 3;

  private final Fetcher fetcher;
  private final SectionPages sectionPages;

  SourceListings(Fetcher fetcher, SectionPages sectionPages) {
    this.fetcher = fetcher;
    this.sectionPages = sectionPages;
  }

  /**
   * What {@code source} lists; with {@code revalidate} the feed or sitemap is asked with the stored
   * validators (a 304 lists nothing), else in full: on a source's first poll (the validators a
   * {@code sources add} probe stored belong to nothing ingested) and after a poll that left listed
   * articles behind (capped, or fetches that failed), whose listing must be seen again.
   */
  Listing list(Source source, boolean revalidate) {
    return switch (source.kind()) {
      case FEED -> feed(source.url(), revalidate);
      case SITEMAP, NEWS_SITEMAP -> sitemap(source.url(), true, revalidate);
      case SECTION_PAGE -> sectionPages.list(source);
      case ARCHIVE, MANUAL ->
          Listing.failed("sources of kind " + source.kind() + " are not polled", Optional.empty());
    };
  }

  private static FetchRequest request(FetchRequest stored, boolean revalidate) {
    return revalidate ? stored : stored.unconditional();
  }

  private Listing feed(URI url, boolean revalidate) {
    return switch (fetcher.fetch(request(FetchRequest.feed(url), revalidate))) {
      case FetchResult.Fetched f -> readFeed(f.page());
      case FetchResult.NotModified n -> Listing.unchanged();
      case FetchResult.Blocked b -> Listing.failed(b.problem().message(), b.until());
      case FetchResult.Failed f -> Listing.failed(f.problem().message(), f.retryAt());
    };
  }

  private static Listing readFeed(RawPage page) {
    try {
      Feed feed = FeedReader.read(page.body(), page.url(), page.contentType().orElse(""));
      return Listing.of(
              feed.items(),
              feed.cacheHints().suggestedInterval(),
              CacheHints.maxAge(page.headers()))
          .withWebSub(feed.webSub());
    } catch (FeedException e) {
      return Listing.failed(e.getMessage(), Optional.empty());
    }
  }

  private Listing sitemap(URI url, boolean followIndex, boolean revalidate) {
    return switch (fetcher.fetch(request(FetchRequest.sitemap(url), revalidate))) {
      case FetchResult.Fetched f -> readSitemap(f.page(), followIndex, revalidate);
      case FetchResult.NotModified n -> Listing.unchanged();
      case FetchResult.Blocked b -> Listing.failed(b.problem().message(), b.until());
      case FetchResult.Failed f -> Listing.failed(f.problem().message(), f.retryAt());
    };
  }

  private Listing readSitemap(RawPage page, boolean followIndex, boolean revalidate) {
    Optional<Duration> maxAge = CacheHints.maxAge(page.headers());
    try {
      Sitemap sitemap = SitemapReader.read(page.body(), page.url(), page.contentType().orElse(""));
      return switch (sitemap) {
        case Sitemap.UrlSet set ->
            Listing.of(SitemapAdapter.toFeedItems(set), Optional.empty(), maxAge);
        case Sitemap.Index index ->
            followIndex ? children(index, maxAge, revalidate) : Listing.unchanged();
      };
    } catch (FeedException e) {
      return Listing.failed(e.getMessage(), Optional.empty());
    }
  }

  /** The newest children of a sitemap index (by lastmod; unknown dates last). */
  private Listing children(Sitemap.Index index, Optional<Duration> maxAge, boolean revalidate) {
    List<SitemapRef> newest =
        index.sitemaps().stream()
            .sorted(
                Comparator.comparing(
                        (SitemapRef r) ->
                            r.lastModified()
                                .map(t -> t.toInstant().toEpochMilli())
                                .orElse(Long.MIN_VALUE))
                    .reversed())
            .limit(INDEX_CHILDREN)
            .toList();
    List<FeedItem> items = new ArrayList<>();
    String error = "";
    for (SitemapRef ref : newest) {
      Listing child = sitemap(ref.loc(), false, revalidate);
      items.addAll(child.items());
      if (!child.ok()) {
        error = child.error();
      }
    }
    return items.isEmpty() && !error.isEmpty()
        ? Listing.failed(error, Optional.empty())
        : Listing.of(items, Optional.empty(), maxAge);
  }
}
