package org.warta.pipeline.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warta.core.FeedItem;
import org.warta.feed.WebSub;
import org.warta.pipeline.ingest.ArticleIngest;

/**
 * What polling a source found: the article links it lists (with what the listing says about them),
 * how sure it is that they are articles ({@code evidence}: a feed or sitemap lists articles, a
 * section page only links that look like them), the publisher's caching hints, the WebSub hubs a
 * feed advertises ({@code webSub}: empty when no feed was read, e.g. after a 304), or the problem
 * that stopped it.
 */
record Listing(
    List<FeedItem> items,
    ArticleIngest.Evidence evidence,
    Optional<Duration> ttl,
    Optional<Duration> maxAge,
    Optional<WebSub> webSub,
    String error,
    Optional<Instant> retryAt) {

  static Listing of(List<FeedItem> items, Optional<Duration> ttl, Optional<Duration> maxAge) {
    return new Listing(
        items, ArticleIngest.Evidence.LISTED, ttl, maxAge, Optional.empty(), "", Optional.empty());
  }

  /** Links of a section page: each fetched page must itself look like an article. */
  static Listing guessed(List<FeedItem> items, Optional<Duration> maxAge) {
    return new Listing(
        items,
        ArticleIngest.Evidence.UNKNOWN,
        Optional.empty(),
        maxAge,
        Optional.empty(),
        "",
        Optional.empty());
  }

  static Listing unchanged() {
    return of(List.of(), Optional.empty(), Optional.empty());
  }

  static Listing failed(String error, Optional<Instant> retryAt) {
    return new Listing(
        List.of(),
        ArticleIngest.Evidence.LISTED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        error,
        retryAt);
  }

  Listing withWebSub(WebSub advertised) {
    return new Listing(items, evidence, ttl, maxAge, Optional.of(advertised), error, retryAt);
  }

  boolean ok() {
    return error.isEmpty();
  }
}
