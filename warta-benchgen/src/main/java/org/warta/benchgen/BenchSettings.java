package org.warta.benchgen;

import java.time.Duration;
import java.time.Instant;

/**
 * The size and shape of a synthetic corpus: {@code articles} spread evenly over {@code span} before
 * {@code end}, from {@code sources} publishers, with every choice seeded by {@code seed}.
 */
public record BenchSettings(long articles, int sources, long seed, Instant end, Duration span) {

  public static final Instant DEFAULT_END = Instant.parse("2026-11-28T16:00:00Z");

  public BenchSettings {
    if (articles < 1) {
      throw new IllegalArgumentException("--articles must be at least 1, got " + articles);
    }
    if (sources < 1 || sources > 1_000_000) {
      throw new IllegalArgumentException("--sources must be from 1 to 1000000, got " + sources);
    }
    if (span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("the time span must be positive, got " + span);
    }
  }

  /** {@code articles} from {@code sources} over the year before 28 November 2026. */
  public static BenchSettings of(long articles, int sources) {
    return new BenchSettings(articles, sources, 20261128L, DEFAULT_END, Duration.ofDays(365));
  }
}
