package org.warta.warc;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which captures of an archive to read: by host (a host matches itself and its subdomains), by
 * capture date (WARC-Date, inclusive from, exclusive to) and by payload kind.
 */
public record ArchiveFilter(
    Set<String> hosts, Optional<Instant> from, Optional<Instant> to, boolean includeFeeds) {

  public ArchiveFilter {
    hosts =
        hosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** HTML pages of every host and date. */
  public static ArchiveFilter htmlPages() {
    return new ArchiveFilter(Set.of(), Optional.empty(), Optional.empty(), false);
  }

  public ArchiveFilter withHosts(Set<String> onlyHosts) {
    return new ArchiveFilter(onlyHosts, from, to, includeFeeds);
  }

  public ArchiveFilter between(Optional<Instant> start, Optional<Instant> end) {
    return new ArchiveFilter(hosts, start, end, includeFeeds);
  }

  /** Also returns RSS, Atom and JSON feed captures. */
  public ArchiveFilter withFeeds() {
    return new ArchiveFilter(hosts, from, to, true);
  }

  boolean acceptsHost(String host) {
    if (hosts.isEmpty()) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT);
    for (String wanted : hosts) {
      if (h.equals(wanted) || h.endsWith("." + wanted)) {
        return true;
      }
    }
    return false;
  }

  boolean acceptsDate(Instant date) {
    return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(date::isBefore).orElse(true);
  }

  boolean acceptsType(String mediaType) {
    String t = mediaType.toLowerCase(Locale.ROOT);
    if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
      return true;
    }
    return includeFeeds && isFeed(t);
  }

  static boolean isFeed(String mediaType) {
    return mediaType.equals("application/rss+xml")
        || mediaType.equals("application/atom+xml")
        || mediaType.equals("application/rdf+xml")
        || mediaType.equals("application/feed+json")
        || mediaType.equals("application/json")
        || mediaType.equals("application/xml")
        || mediaType.equals("text/xml");
  }
}
