package org.warta.pipeline.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warta.core.FeedItem;

/**
 * What polling a source found: the article links it lists (with what the listing says about them),
 * the publisher's caching hints, or the problem that stopped it.
 */
record Listing(
    List<FeedItem> items,
    Optional<Duration> ttl,
    Optional<Duration> maxAge,
    String error,
    Optional<Instant> retryAt) {

  static Listing of(List<FeedItem> items, Optional<Duration> ttl, Optional<Duration> maxAge) {
    return new Listing(items, ttl, maxAge, "", Optional.empty());
  }

  static Listing unchanged() {
    return of(List.of(), Optional.empty(), Optional.empty());
  }

  static Listing failed(String error, Optional<Instant> retryAt) {
    return new Listing(List.of(), Optional.empty(), Optional.empty(), error, retryAt);
  }

  boolean ok() {
    return error.isEmpty();
  }
}
