package org.warta.web.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Counts instants into equal time buckets for a chart: the bucket size is the smallest of 1, 3, 6,
 * 12 hours or 1, 2, 7 days that covers the span in at most {@code maxBuckets} buckets; buckets
 * start on whole multiples of their size in the reader's zone (a day starts at local midnight),
 * empty buckets included.
 */
public final class TimeBuckets {
  static final List<Duration> SIZES =
      List.of(
          Duration.ofHours(1),
          Duration.ofHours(3),
          Duration.ofHours(6),
          Duration.ofHours(12),
          Duration.ofDays(1),
          Duration.ofDays(2),
          Duration.ofDays(7));

  private TimeBuckets() {}

  /** The bucket size for a span. */
  public static Duration sizeFor(Instant first, Instant last, int maxBuckets) {
    long span = Math.max(0, Duration.between(first, last).toMillis());
    for (Duration size : SIZES) {
      if (span / size.toMillis() + 1 <= maxBuckets) {
        return size;
      }
    }
    return SIZES.getLast();
  }

  /** Bars for the instants, labelled by {@code label} applied to each bucket's start. */
  public static List<Bar> count(
      List<Instant> times, int maxBuckets, ZoneId zone, Function<Instant, String> label) {
    if (times.isEmpty()) {
      return List.of();
    }
    Instant first = times.stream().min(Instant::compareTo).orElseThrow();
    Instant last = times.stream().max(Instant::compareTo).orElseThrow();
    long size = sizeFor(first, last, maxBuckets).toMillis();
    long offset = zone.getRules().getOffset(first).getTotalSeconds() * 1000L;
    long start = Math.floorDiv(first.toEpochMilli() + offset, size) * size - offset;
    int n = (int) ((last.toEpochMilli() - start) / size) + 1;
    long[] counts = new long[n];
    for (Instant t : times) {
      counts[(int) ((t.toEpochMilli() - start) / size)]++;
    }
    List<Bar> bars = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      bars.add(new Bar(label.apply(Instant.ofEpochMilli(start + i * size)), counts[i]));
    }
    return bars;
  }
}
