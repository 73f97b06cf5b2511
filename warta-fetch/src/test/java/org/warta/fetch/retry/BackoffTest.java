package org.warta.fetch.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

  @Property
  void theWaitLiesInTheUpperHalfOfTheCap(
      @ForAll @IntRange(min = 1, max = 500) int failures, @ForAll long seed) {
    Duration cap = backoff.cap(failures);
    Duration wait = backoff.delay(failures, new java.util.SplittableRandom(seed));

    assertThat(wait).isBetween(cap.dividedBy(2), cap);
  }

  @Property
  void theCapGrowsAndNeverExceedsTheMaximum(@ForAll @IntRange(min = 1, max = 1000) int failures) {
    assertThat(backoff.cap(failures + 1)).isGreaterThanOrEqualTo(backoff.cap(failures));
    assertThat(backoff.cap(failures)).isLessThanOrEqualTo(Duration.ofHours(6));
  }

  @Test
  void theCapDoublesFromTheBase() {
    assertThat(backoff.cap(0)).isZero();
    assertThat(backoff.cap(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(backoff.cap(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(backoff.cap(5)).isEqualTo(Duration.ofMinutes(16));
    assertThat(backoff.cap(30)).isEqualTo(Duration.ofHours(6));
  }
}
