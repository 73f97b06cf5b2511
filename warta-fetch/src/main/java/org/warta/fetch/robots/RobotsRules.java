package org.warta.fetch.robots;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The robots.txt verdict for one origin and our User-Agent, as of {@code fetchedAt}.
 *
 * @param status how the rules came about (parsed, allow-all after 4xx, closed after 5xx)
 * @param crawlDelay the Crawl-delay of the matching group, capped, if given
 * @param sitemaps the {@code Sitemap:} lines (absolute URLs), for discovery
 * @param expires when the rules must be fetched again
 */
public record RobotsRules(
    Status status,
    Optional<Duration> crawlDelay,
    List<URI> sitemaps,
    Instant fetchedAt,
    Instant expires,
    BaseRobotRules rules) {

  /** How the rules were obtained (RFC 9309 section 2.3.1). */
  public enum Status {
    /** A robots.txt was fetched and parsed (2xx). */
    PARSED,
    /** robots.txt is unavailable (4xx): everything is allowed. */
    UNAVAILABLE_ALLOW_ALL,
    /** robots.txt is unreachable (5xx, network error): everything is disallowed for a while. */
    UNREACHABLE_DISALLOW_ALL
  }

  public RobotsRules {
    sitemaps = List.copyOf(sitemaps);
  }

  /** Whether our User-Agent may fetch {@code url}. */
  public boolean allows(URI url) {
    return status != Status.UNREACHABLE_DISALLOW_ALL && rules.isAllowed(url.toString());
  }

  /** Whether the rules are still usable at {@code now}. */
  public boolean isFreshAt(Instant now) {
    return now.isBefore(expires);
  }

  /** The extra delay between requests this origin asked for, or zero. */
  public Duration delay() {
    return crawlDelay.orElse(Duration.ZERO);
  }
}
