package org.warta.feed;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.warta.core.FeedItem;
import org.warta.core.Language;

/**
 * A feed as read by {@link FeedReader}, whatever its format: channel metadata, the entries as
 * {@link FeedItem}s (links resolved, dates parsed, lead image chosen), WebSub links, polling hints
 * and the recoverable oddities met while reading ({@code warnings}: repaired XML, skipped entries
 * without link, unparseable dates).
 *
 * @param link the publisher's home page as the feed names it
 * @param description the channel description or subtitle, as text
 */
public record Feed(
    FeedFormat format,
    String title,
    Optional<URI> link,
    String description,
    Language language,
    Optional<OffsetDateTime> updated,
    List<FeedItem> items,
    WebSub webSub,
    CacheHints cacheHints,
    List<String> warnings) {

  public Feed {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  /** The RSS {@code ttl}: how long the feed may be cached, if it says. */
  public Optional<Duration> ttl() {
    return cacheHints.ttl();
  }
}
