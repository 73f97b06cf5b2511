package org.warta.fetch.polling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides when to poll a source next, from its observed publication rate, within {@link
 * PollingSettings} bounds:
 *
 * <ol>
 *   <li>Rate: the median gap between the newest {@code sampleSize} distinct item times not in the
 *       future; unknown with fewer than two, then {@code defaultInterval} is used.
 *   <li>Target: half the median gap (two polls per expected item), but at least a quarter of the
 *       time since the newest item, so a source that went quiet is polled less and less.
 *   <li>Publisher hints: never more often than the feed's {@code <ttl>} or the response's {@code
 *       max-age} say, unless that exceeds {@code maxInterval}.
 *   <li>Bounds: clamped to {@code [minInterval, maxInterval]}, then spread by up to ±10 % so that
 *       sources polled together drift apart.
 *   <li>Failures: {@code failureBase × 2^(n-1)} (capped by {@code maxFailureWait}, jittered in its
 *       upper half), never before a Retry-After; after {@code pauseAfterFailures} failures in a row
 *       the plan says pause.
 * </ol>
 */
public final class PollingPolicy {
  private final PollingSettings settings;
  private final RandomGenerator random;

  public PollingPolicy(PollingSettings settings, RandomGenerator random) {
    this.settings = settings;
    this.random = random;
  }

  /** The plan after a poll described by {@code input}. */
  public PollPlan plan(PollInput input) {
    if (input.consecutiveFailures() > 0) {
      return afterFailure(input);
    }
    Optional<Duration> gap = medianGap(input.itemTimes(), input.now(), settings.sampleSize());
    String why;
    Duration target;
    if (gap.isEmpty()) {
      target = settings.defaultInterval();
      why = "publication rate unknown";
    } else {
      Duration quiet = sinceNewest(input).dividedBy(4);
      target = max(gap.get().dividedBy(2), quiet);
      why = "published about every " + human(gap.get());
    }
    Duration hint =
        max(input.feedTtl().orElse(Duration.ZERO), input.cacheMaxAge().orElse(Duration.ZERO));
    if (hint.compareTo(target) > 0) {
      target = hint;
      why += ", publisher asks for at most one poll per " + human(hint);
    }
    Duration interval = spread(clamp(target), 0.10);
    Instant next = later(input.now().plus(interval), input.retryAt());
    return new PollPlan(
        next,
        Duration.between(input.now(), next),
        false,
        why + "; next poll in " + human(Duration.between(input.now(), next)));
  }

  private PollPlan afterFailure(PollInput input) {
    int n = input.consecutiveFailures();
    if (settings.pauseAfterFailures() > 0 && n >= settings.pauseAfterFailures()) {
      return new PollPlan(
          input.now(),
          Duration.ZERO,
          true,
          "paused after "
              + n
              + " failed polls in a row; resume the source once the problem is fixed");
    }
    Duration cap = settings.failureBase().multipliedBy(1L << Math.min(n - 1, 30));
    if (cap.compareTo(settings.maxFailureWait()) > 0) {
      cap = settings.maxFailureWait();
    }
    long capMillis = cap.toMillis();
    Duration wait =
        Duration.ofMillis(capMillis / 2 + random.nextLong(capMillis - capMillis / 2 + 1));
    Instant next = later(input.now().plus(max(wait, settings.minInterval())), input.retryAt());
    return new PollPlan(
        next,
        Duration.between(input.now(), next),
        false,
        "failed "
            + n
            + " time"
            + (n == 1 ? "" : "s")
            + " in a row; next try in "
            + human(Duration.between(input.now(), next)));
  }

  /** The median gap between the newest {@code sample} distinct times that are not in the future. */
  static Optional<Duration> medianGap(List<Instant> times, Instant now, int sample) {
    List<Instant> sorted =
        times.stream()
            .filter(t -> !t.isAfter(now))
            .distinct()
            .sorted(Comparator.reverseOrder())
            .limit(sample)
            .toList();
    if (sorted.size() < 2) {
      return Optional.empty();
    }
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      gaps.add(Duration.between(sorted.get(i), sorted.get(i - 1)));
    }
    gaps.sort(Comparator.naturalOrder());
    int mid = gaps.size() / 2;
    Duration median =
        gaps.size() % 2 == 1 ? gaps.get(mid) : gaps.get(mid - 1).plus(gaps.get(mid)).dividedBy(2);
    return Optional.of(median);
  }

  private static Duration sinceNewest(PollInput input) {
    return input.itemTimes().stream()
        .filter(t -> !t.isAfter(input.now()))
        .max(Comparator.naturalOrder())
        .map(t -> Duration.between(t, input.now()))
        .orElse(Duration.ZERO);
  }

  private Duration clamp(Duration d) {
    return d.compareTo(settings.minInterval()) < 0
        ? settings.minInterval()
        : d.compareTo(settings.maxInterval()) > 0 ? settings.maxInterval() : d;
  }

  /** Multiplies by a random factor in [1 - fraction, 1 + fraction], staying within the bounds. */
  private Duration spread(Duration d, double fraction) {
    double factor = 1 + (random.nextDouble() * 2 - 1) * fraction;
    return clamp(Duration.ofMillis(Math.round(d.toMillis() * factor)));
  }

  private static Instant later(Instant a, Optional<Instant> b) {
    return b.filter(t -> t.isAfter(a)).orElse(a);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** "45 s", "12 min", "3.5 h", "2.0 d". */
  static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 120) {
      return s + " s";
    }
    if (s < 3 * 3600) {
      return s / 60 + " min";
    }
    if (s < 72 * 3600) {
      return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
    }
    return String.format(Locale.ROOT, "%.1f d", s / 86400.0);
  }
}
