package org.warta.fetch.polling;

import java.time.Duration;

/**
 * Bounds of adaptive polling, validated at construction with messages naming the key.
 *
 * @param minInterval never poll a source more often than this
 * @param maxInterval never wait longer than this between two polls of a healthy source
 * @param defaultInterval the interval while the publication rate is unknown (fewer than two dated
 *     items)
 * @param failureBase the wait after the first failure; doubles with each further failure
 * @param maxFailureWait the longest wait after failures
 * @param pauseAfterFailures pause the source after this many failures in a row (0 = never)
 * @param sampleSize how many of the newest item times estimate the publication rate
 */
public record PollingSettings(
    Duration minInterval,
    Duration maxInterval,
    Duration defaultInterval,
    Duration failureBase,
    Duration maxFailureWait,
    int pauseAfterFailures,
    int sampleSize) {

  public PollingSettings {
    positive(minInterval, "minInterval");
    if (maxInterval.compareTo(minInterval) < 0) {
      throw new IllegalArgumentException(
          "polling setting maxInterval ("
              + maxInterval
              + ") must not be below minInterval ("
              + minInterval
              + ")");
    }
    if (defaultInterval.compareTo(minInterval) < 0 || defaultInterval.compareTo(maxInterval) > 0) {
      throw new IllegalArgumentException(
          "polling setting defaultInterval must lie between minInterval and maxInterval, got "
              + defaultInterval);
    }
    positive(failureBase, "failureBase");
    if (maxFailureWait.compareTo(failureBase) < 0) {
      throw new IllegalArgumentException(
          "polling setting maxFailureWait must not be below failureBase, got " + maxFailureWait);
    }
    if (pauseAfterFailures < 0) {
      throw new IllegalArgumentException(
          "polling setting pauseAfterFailures must be >= 0, got " + pauseAfterFailures);
    }
    if (sampleSize < 2) {
      throw new IllegalArgumentException(
          "polling setting sampleSize must be >= 2, got " + sampleSize);
    }
  }

  /**
   * Every 5 min at most and 6 h at least, 30 min while unknown; after failures 5 min doubling to 12
   * h; pause after 10 failures in a row; rate from the newest 20 items.
   */
  public static PollingSettings defaults() {
    return new PollingSettings(
        Duration.ofMinutes(5),
        Duration.ofHours(6),
        Duration.ofMinutes(30),
        Duration.ofMinutes(5),
        Duration.ofHours(12),
        10,
        20);
  }

  private static void positive(Duration d, String key) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("polling setting " + key + " must be positive, got " + d);
    }
  }
}
