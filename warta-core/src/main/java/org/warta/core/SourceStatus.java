package org.warta.core;

import java.time.Instant;
import java.util.Optional;

/**
 * What the scheduler knows about a source's polling: when it was last fetched, when it is due, the
 * last error a user should see and how many polls failed in a row.
 */
public record SourceStatus(
    SourceId source,
    Optional<Instant> lastFetch,
    Optional<Instant> nextFetch,
    String lastError,
    int consecutiveFailures,
    long articleCount) {

  public static SourceStatus never(SourceId source) {
    return new SourceStatus(source, Optional.empty(), Optional.empty(), "", 0, 0);
  }
}
