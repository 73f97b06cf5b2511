package org.warta.store;

import java.time.Duration;
import java.util.Optional;
import org.warta.core.SourceId;

/**
 * The polling hint of each source: the longest interval its publisher asked for at the last full
 * read (RSS {@code <ttl>}, {@code sy:updatePeriod}, {@code Cache-Control: max-age}), still valid
 * while the feed answers 304 Not Modified.
 */
public interface PollHintRepository {

  Optional<Duration> hint(SourceId source);

  /** Replaces the hint (empty: the publisher asks for nothing). */
  void setHint(SourceId source, Optional<Duration> interval);
}
