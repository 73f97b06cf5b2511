package org.warta.feed;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How often the document says it may be polled: RSS 2.0 {@code ttl} (minutes), {@code skipHours}
 * (0-23, GMT) and {@code skipDays}, and the RSS 1.0 syndication module's {@code sy:updatePeriod}
 * divided by {@code sy:updateFrequency}. HTTP Cache-Control belongs to the fetcher; a scheduler
 * combines both.
 */
public record CacheHints(
    Optional<Duration> ttl,
    Set<Integer> skipHours,
    Set<DayOfWeek> skipDays,
    Optional<Duration> updateInterval) {
  public static final CacheHints NONE =
      new CacheHints(Optional.empty(), Set.of(), Set.of(), Optional.empty());

  public CacheHints {
    skipHours = Set.copyOf(skipHours);
    skipDays = Set.copyOf(skipDays);
  }

  /** The longest interval the document asks for between polls, if it asks for one. */
  public Optional<Duration> suggestedInterval() {
    if (ttl.isPresent() && updateInterval.isPresent()) {
      return Optional.of(
          ttl.get().compareTo(updateInterval.get()) >= 0 ? ttl.get() : updateInterval.get());
    }
    return ttl.isPresent() ? ttl : updateInterval;
  }
}
