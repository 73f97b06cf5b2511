package org.warta.store;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.warta.core.SourceId;

/**
 * What retention keeps: articles younger than {@code maxAge} (by their sort time: publication, else
 * first seen) and, newest first, at most {@code maxBytes} of stored text — of one source when
 * {@code source} is given, else of all sources together. Everything else is purged (see {@link
 * Retention#purge}).
 */
public record RetentionPolicy(
    Optional<Duration> maxAge, OptionalLong maxBytes, Optional<SourceId> source) {

  public RetentionPolicy {
    maxAge.ifPresent(
        a -> {
          if (a.isNegative() || a.isZero()) {
            throw new IllegalArgumentException("the maximum age must be positive, got " + a);
          }
        });
    if (maxBytes.isPresent() && maxBytes.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "the maximum size must not be negative, got " + maxBytes.getAsLong());
    }
  }

  /** A policy that keeps everything (no limit given). */
  public static RetentionPolicy keepAll() {
    return new RetentionPolicy(Optional.empty(), OptionalLong.empty(), Optional.empty());
  }

  public RetentionPolicy withMaxAge(Duration age) {
    return new RetentionPolicy(Optional.of(age), maxBytes, source);
  }

  public RetentionPolicy withMaxBytes(long bytes) {
    return new RetentionPolicy(maxAge, OptionalLong.of(bytes), source);
  }

  public RetentionPolicy forSource(SourceId id) {
    return new RetentionPolicy(maxAge, maxBytes, Optional.of(id));
  }

  /**
   * Reads an age such as {@code 90d}, {@code 12h}, {@code 2w} or {@code 30m} (minutes); fails with
   * a message naming the text.
   */
  public static Duration parseAge(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,9})\\s*([mhdw])")
            .matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new IllegalArgumentException(
          "'" + text + "' is no age: write a positive number with m, h, d or w (e.g. 90d)");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
  }

  /**
   * Reads a size such as {@code 5GB}, {@code 500MB}, {@code 1.5G}, {@code 800k} or a number of
   * bytes (units are powers of 1024); fails with a message naming the text.
   */
  public static long parseSize(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,12}(?:\\.\\d{1,6})?)\\s*([kmgt]?)i?b?")
            .matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is no size: write a number with KB, MB, GB or TB (e.g. 5GB)");
    }
    int shift =
        switch (m.group(2)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    return new java.math.BigDecimal(m.group(1))
        .multiply(java.math.BigDecimal.valueOf(1L << shift))
        .longValue();
  }

  /** Whether the policy limits anything. */
  public boolean limits() {
    return maxAge.isPresent() || maxBytes.isPresent();
  }
}
