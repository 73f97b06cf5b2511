package org.warta.fetch.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.warta.core.ResponseHeaders;

class PollingPolicyTest {
  private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
  private final PollingSettings settings = PollingSettings.defaults();
  private final PollingPolicy policy = new PollingPolicy(settings, new SplittableRandom(7));

  @Test
  void aBusySourceIsPolledAboutTwicePerItem() {
    PollPlan plan = policy.plan(PollInput.success(NOW, every(Duration.ofMinutes(40), 20, NOW)));

    assertThat(plan.pause()).isFalse();
    assertThat(plan.interval()).isBetween(Duration.ofMinutes(18), Duration.ofMinutes(22));
    assertThat(plan.reason()).contains("published about every 40 min");
  }

  @Test
  void aVeryBusySourceIsNotPolledMoreOftenThanTheMinimum() {
    PollPlan plan = policy.plan(PollInput.success(NOW, every(Duration.ofMinutes(1), 20, NOW)));

    assertThat(plan.interval()).isEqualTo(settings.minInterval());
  }

  @Test
  void aSourceThatWentQuietSlowsDownToTheMaximum() {
    Instant lastWeek = NOW.minus(Duration.ofDays(7));
    PollPlan plan =
        policy.plan(PollInput.success(NOW, every(Duration.ofMinutes(30), 20, lastWeek)));

    assertThat(plan.interval()).isBetween(nearMax(), settings.maxInterval());
  }

  @Test
  void withoutDatesTheDefaultIntervalIsUsed() {
    PollPlan plan = policy.plan(PollInput.success(NOW, List.of()));

    assertThat(plan.interval()).isBetween(Duration.ofMinutes(27), Duration.ofMinutes(33));
    assertThat(plan.reason()).contains("unknown");
  }

  @Test
  void theFeedTtlAndMaxAgeAreRespected() {
    var busy = PollInput.success(NOW, every(Duration.ofMinutes(10), 20, NOW));

    PollPlan ttl =
        policy.plan(busy.withHints(Optional.of(Duration.ofMinutes(60)), Optional.empty()));
    PollPlan maxAge =
        policy.plan(busy.withHints(Optional.empty(), Optional.of(Duration.ofHours(2))));

    assertThat(ttl.interval()).isBetween(Duration.ofMinutes(54), Duration.ofMinutes(66));
    assertThat(ttl.reason()).contains("publisher asks");
    assertThat(maxAge.interval()).isBetween(Duration.ofMinutes(108), Duration.ofMinutes(132));
  }

  @Test
  void aHintBeyondTheMaximumIsCapped() {
    var input =
        PollInput.success(NOW, List.of())
            .withHints(Optional.of(Duration.ofDays(2)), Optional.empty());

    assertThat(policy.plan(input).interval()).isBetween(nearMax(), settings.maxInterval());
  }

  @Test
  void failuresBackOffAndNeverComeBeforeRetryAfter() {
    PollPlan first = policy.plan(PollInput.failure(NOW, 1, Optional.empty()));
    PollPlan fourth = policy.plan(PollInput.failure(NOW, 4, Optional.empty()));
    Instant retryAt = NOW.plus(Duration.ofHours(3));
    PollPlan limited = policy.plan(PollInput.failure(NOW, 1, Optional.of(retryAt)));

    assertThat(first.interval()).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(5));
    assertThat(fourth.interval()).isBetween(Duration.ofMinutes(20), Duration.ofMinutes(40));
    assertThat(limited.next()).isEqualTo(retryAt);
    assertThat(fourth.reason()).contains("failed 4 times");
  }

  @Test
  void repeatedFailuresPauseTheSource() {
    PollPlan plan = policy.plan(PollInput.failure(NOW, 10, Optional.empty()));

    assertThat(plan.pause()).isTrue();
    assertThat(plan.reason()).contains("paused after 10").contains("resume");
  }

  @Property
  void thePlanAlwaysStaysWithinTheBounds(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000_000) Integer> secondsAgo,
      @ForAll @IntRange(min = 0, max = 9) int failures,
      @ForAll long seed) {
    List<Instant> times = secondsAgo.stream().map(s -> NOW.minusSeconds(s)).toList();
    var input =
        failures == 0
            ? PollInput.success(NOW, times)
            : PollInput.failure(NOW, failures, Optional.empty());

    PollPlan plan = new PollingPolicy(settings, new SplittableRandom(seed)).plan(input);

    assertThat(plan.pause()).isFalse();
    assertThat(plan.interval()).isBetween(settings.minInterval(), settings.maxFailureWait());
    if (failures == 0) {
      assertThat(plan.interval()).isLessThanOrEqualTo(settings.maxInterval());
    }
  }

  @Test
  void maxAgeIsReadFromCacheControl() {
    assertThat(CacheHints.maxAge(ResponseHeaders.of("Cache-Control", "public, max-age=600")))
        .contains(Duration.ofMinutes(10));
    assertThat(CacheHints.maxAge(ResponseHeaders.of("Cache-Control", "max-age=60, s-maxage=900")))
        .contains(Duration.ofMinutes(15));
    assertThat(CacheHints.maxAge(ResponseHeaders.of("Cache-Control", "no-cache"))).isEmpty();
    assertThat(CacheHints.maxAge(ResponseHeaders.of("Cache-Control", "max-age=soon"))).isEmpty();
  }

  /** The maximum less the ±10 % spread. */
  private Duration nearMax() {
    return settings.maxInterval().multipliedBy(9).dividedBy(10);
  }

  private static List<Instant> every(Duration gap, int count, Instant newest) {
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      times.add(newest.minus(gap.multipliedBy(i)));
    }
    return times;
  }
}
