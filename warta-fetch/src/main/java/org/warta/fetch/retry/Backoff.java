package org.warta.fetch.retry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "full jitter": after {@code n} failures in a row the wait is a random
 * duration in {@code [cap/2, cap]} where {@code cap = min(max, base * 2^(n-1))}. Half of the cap is
 * kept fixed so that the wait grows reliably, the other half is random so that many sources that
 * failed together (a network outage) do not all retry at the same moment.
 */
public record Backoff(Duration base, Duration max) {

  public Backoff {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException(
          "backoff needs 0 < base <= max, got base " + base + ", max " + max);
    }
  }

  /** The upper bound of the wait after {@code failures} failures in a row (0 for none). */
  public Duration cap(int failures) {
    if (failures <= 0) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - 1, 62);
    long millis = base.toMillis();
    boolean overflows = Long.numberOfLeadingZeros(millis) - 1 <= doublings;
    long value = overflows ? Long.MAX_VALUE : millis << doublings;
    return Duration.ofMillis(Math.min(value, max.toMillis()));
  }

  /** The wait after {@code failures} failures in a row, jittered with {@code random}. */
  public Duration delay(int failures, RandomGenerator random) {
    long cap = cap(failures).toMillis();
    if (cap == 0) {
      return Duration.ZERO;
    }
    long half = cap / 2;
    return Duration.ofMillis(half + random.nextLong(cap - half + 1));
  }
}
