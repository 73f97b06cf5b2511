package org.warta.fetch.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");

  @Property
  void delaySecondsCountFromNow(@ForAll @LongRange(min = 0, max = 10_000_000) long seconds) {
    assertThat(RetryAfter.parse(Long.toString(seconds), NOW)).contains(NOW.plusSeconds(seconds));
  }

  @Property
  void anImfFixdateRoundTrips(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long epoch) {
    Instant t = Instant.ofEpochSecond(epoch);

    assertThat(RetryAfter.httpDate(RetryAfter.format(t))).contains(t);
  }

  @Test
  void theThreeHttpDateFormsOfRfc9110AreRead() {
    Instant expected = Instant.parse("1994-11-06T08:49:37Z");

    assertThat(RetryAfter.httpDate("Sun, 06 Nov 1994 08:49:37 GMT")).contains(expected);
    assertThat(RetryAfter.httpDate("Sunday, 06-Nov-94 08:49:37 GMT")).contains(expected);
    assertThat(RetryAfter.httpDate("Sun Nov  6 08:49:37 1994")).contains(expected);
  }

  @Test
  void aDateInThePastMeansNow() {
    assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).contains(NOW);
  }

  @Test
  void garbageIsIgnored() {
    assertThat(RetryAfter.parse("", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
  }

  @Test
  void absurdlyLargeDelaysDoNotOverflow() {
    assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isPresent();
  }
}
