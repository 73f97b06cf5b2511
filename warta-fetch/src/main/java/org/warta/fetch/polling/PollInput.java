package org.warta.fetch.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warta.core.Check;

/**
 * What the pipeline knows about a source after a poll.
 *
 * @param now when the poll ended
 * @param itemTimes publication (or first-seen) times of the items the source lists, any order
 * @param feedTtl the feed's own hint ({@code <ttl>} in RSS, {@code sy:updatePeriod}), if any
 * @param cacheMaxAge the response's {@code Cache-Control: max-age}, if any ({@link CacheHints})
 * @param consecutiveFailures failed polls in a row, this one included (0 after a success)
 * @param retryAt the server's Retry-After or the fetcher's hold for the URL, if any
 */
public record PollInput(
    Instant now,
    List<Instant> itemTimes,
    Optional<Duration> feedTtl,
    Optional<Duration> cacheMaxAge,
    int consecutiveFailures,
    Optional<Instant> retryAt) {

  public PollInput {
    itemTimes = List.copyOf(itemTimes);
    Check.notNegative(consecutiveFailures, "consecutiveFailures");
  }

  /** After a successful poll that listed these item times. */
  public static PollInput success(Instant now, List<Instant> itemTimes) {
    return new PollInput(now, itemTimes, Optional.empty(), Optional.empty(), 0, Optional.empty());
  }

  /** After the {@code failures}-th failed poll in a row. */
  public static PollInput failure(Instant now, int failures, Optional<Instant> retryAt) {
    return new PollInput(now, List.of(), Optional.empty(), Optional.empty(), failures, retryAt);
  }

  /** The same input with the publisher's hints. */
  public PollInput withHints(Optional<Duration> ttl, Optional<Duration> maxAge) {
    return new PollInput(now, itemTimes, ttl, maxAge, consecutiveFailures, retryAt);
  }
}
