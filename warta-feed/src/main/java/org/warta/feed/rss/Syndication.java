package org.warta.feed.rss;

import java.time.Duration;
import java.util.Optional;

/**
 * The RSS 1.0 syndication module ({@code sy:updatePeriod}, {@code sy:updateFrequency}): the feed
 * updates {@code frequency} times per period, so it is worth polling every period / frequency. Used
 * by RSS 2.0 and RSS 1.0 feeds alike.
 */
public final class Syndication {
  private Syndication() {}

  /** The update interval, empty when no (valid) period is given. */
  public static Optional<Duration> interval(String period, String frequency) {
    Duration length =
        switch (period.strip()) {
          case "hourly" -> Duration.ofHours(1);
          case "daily" -> Duration.ofDays(1);
          case "weekly" -> Duration.ofDays(7);
          case "monthly" -> Duration.ofDays(30);
          case "yearly" -> Duration.ofDays(365);
          default -> Duration.ZERO;
        };
    if (length.isZero()) {
      return Optional.empty();
    }
    int times = RssAdapter.number(frequency).filter(n -> n > 0).orElse(1);
    return Optional.of(length.dividedBy(times));
  }
}
