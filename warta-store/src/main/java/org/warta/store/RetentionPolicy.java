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

  /** Whether the policy limits anything. */
  public boolean limits() {
    return maxAge.isPresent() || maxBytes.isPresent();
  }
}
