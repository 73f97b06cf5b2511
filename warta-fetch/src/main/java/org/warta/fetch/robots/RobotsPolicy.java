package org.warta.fetch.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * RFC 9309 as policy: what a robots.txt fetch outcome means for an origin.
 *
 * <ul>
 *   <li>2xx: parse the body (section 2.3.1.1) with crawler-commons for our product token; the first
 *       500 KiB count (section 2.5); reuse for {@code cacheTtl}, at most 24 h (section 2.4).
 *   <li>4xx "unavailable" (section 2.3.1.3): everything allowed, cached like a success.
 *   <li>5xx or network error "unreachable" (section 2.3.1.4): everything disallowed until {@code
 *       retryAfterFailure} has passed; a still-recent parsed copy may be used instead (section
 *       2.4), see {@link #unreachable}.
 * </ul>
 */
public final class RobotsPolicy {
  /** RFC 9309 section 2.5: crawlers must parse at least 500 KiB. */
  public static final int MAX_BYTES = 500 * 1024;

  private final String productToken;
  private final Duration cacheTtl;
  private final Duration retryAfterFailure;
  private final Duration maxCrawlDelay;

  public RobotsPolicy(
      String productToken, Duration cacheTtl, Duration retryAfterFailure, Duration maxCrawlDelay) {
    this.productToken = productToken.toLowerCase(Locale.ROOT);
    this.cacheTtl = cacheTtl.compareTo(Duration.ofHours(24)) > 0 ? Duration.ofHours(24) : cacheTtl;
    this.retryAfterFailure = retryAfterFailure;
    this.maxCrawlDelay = maxCrawlDelay;
  }

  /** Rules from a 2xx body (already cut to {@link #MAX_BYTES} by the caller). */
  public RobotsRules parsed(URI robotsUrl, byte[] body, String contentType, Instant now) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
    BaseRobotRules rules =
        parser.parseContent(robotsUrl.toString(), body, contentType, List.of(productToken));
    return new RobotsRules(
        RobotsRules.Status.PARSED,
        crawlDelay(rules),
        sitemaps(rules),
        now,
        now.plus(cacheTtl),
        rules);
  }

  /** Rules after a non-2xx status (3xx after too many redirects counts as unreachable). */
  public RobotsRules forStatus(int status, Instant now) {
    if (status >= 400 && status < 500) {
      return new RobotsRules(
          RobotsRules.Status.UNAVAILABLE_ALLOW_ALL,
          Optional.empty(),
          List.of(),
          now,
          now.plus(cacheTtl),
          new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    }
    return closed(now);
  }

  /**
   * Rules when robots.txt could not be fetched (5xx, network error): the previous parsed rules for
   * another {@code retryAfterFailure} if they are younger than 30 days, else complete disallow for
   * that long.
   */
  public RobotsRules unreachable(Optional<RobotsRules> previous, Instant now) {
    if (previous.isPresent()
        && previous.get().status() != RobotsRules.Status.UNREACHABLE_DISALLOW_ALL
        && previous.get().fetchedAt().isAfter(now.minus(Duration.ofDays(30)))) {
      RobotsRules p = previous.get();
      return new RobotsRules(
          p.status(),
          p.crawlDelay(),
          p.sitemaps(),
          p.fetchedAt(),
          now.plus(retryAfterFailure),
          p.rules());
    }
    return closed(now);
  }

  private RobotsRules closed(Instant now) {
    return new RobotsRules(
        RobotsRules.Status.UNREACHABLE_DISALLOW_ALL,
        Optional.empty(),
        List.of(),
        now,
        now.plus(retryAfterFailure),
        new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));
  }

  private Optional<Duration> crawlDelay(BaseRobotRules rules) {
    long millis = rules.getCrawlDelay(); // Long.MIN_VALUE when unset (stack.md P12)
    if (millis <= 0) {
      return Optional.empty();
    }
    Duration delay = Duration.ofMillis(millis);
    return Optional.of(delay.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : delay);
  }

  private static List<URI> sitemaps(BaseRobotRules rules) {
    List<URI> out = new ArrayList<>();
    for (String s : rules.getSitemaps()) {
      try {
        URI uri = new URI(s.strip());
        if (uri.isAbsolute() && uri.getHost() != null) {
          out.add(uri);
        }
      } catch (java.net.URISyntaxException e) {
        // a malformed Sitemap: line is skipped, as RFC 9309 section 2.2.4 lets parsers do
      }
    }
    return out;
  }
}
