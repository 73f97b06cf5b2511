package org.warta.stories;

import java.time.Duration;

/**
 * The knobs of {@link Trending}.
 *
 * @param recent the window whose coverage is measured ("how many sources in the last three hours")
 * @param baseline the window before it that gives the story's own rate
 * @param prior pseudo-count that keeps the score finite for stories without a baseline and damps
 *     scores built on one or two sources
 * @param minRecentSources fewest distinct sources in the recent window for a story to be listed
 */
public record TrendingSettings(
    Duration recent, Duration baseline, double prior, int minRecentSources) {

  public TrendingSettings {
    if (recent.isNegative() || recent.isZero() || baseline.isNegative() || baseline.isZero()) {
      throw new IllegalArgumentException(
          "recent and baseline must be positive durations, got " + recent + " and " + baseline);
    }
    if (!(prior > 0)) {
      throw new IllegalArgumentException("prior must be positive, got " + prior);
    }
    if (minRecentSources < 1) {
      throw new IllegalArgumentException(
          "minRecentSources must be at least 1, got " + minRecentSources);
    }
  }

  /** Three hours against the 24 hours before, prior 1, at least two sources. */
  public static TrendingSettings defaults() {
    return new TrendingSettings(Duration.ofHours(3), Duration.ofHours(24), 1.0, 2);
  }
}
