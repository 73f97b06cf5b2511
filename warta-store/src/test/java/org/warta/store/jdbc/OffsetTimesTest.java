package org.warta.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The date columns read back exactly as {@link OffsetDateTime#toString()} wrote them. */
class OffsetTimesTest {

  @Test
  void readsEveryShapeThatToStringWrites() {
    Random random = new Random(20261130);
    int[] nanos = {0, 0, 250_000_000, 123_000, 7, 999_999_999};
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 6_000_000_000L));
      int seconds = random.nextBoolean() ? 0 : random.nextInt(60);
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
      OffsetDateTime written =
          instant
              .atOffset(offset)
              .withSecond(seconds)
              .withNano(nanos[random.nextInt(nanos.length)]);
      String text = written.toString();
      assertThat(OffsetTimes.fast(text)).as(text).isEqualTo(written);
      assertThat(OffsetTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }
  }

  @Test
  void otherShapesGoThroughTheGeneralParser() {
    // seconds in the offset, a year beyond four digits: not the fast shape, still read
    for (String text : new String[] {"2026-11-28T09:05+07:00:30", "+12026-11-28T09:05Z"}) {
      assertThat(OffsetTimes.fast(text)).isNull();
      assertThat(OffsetTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }
  }

  @Test
  void malformedTextIsAnErrorNotAWrongDate() {
    for (String text :
        new String[] {
          "2026-13-28T09:05Z",
          "2026-11-28T25:05Z",
          "2026-11-28T09:05+19:00",
          "2026-11-28T09:05",
          "2026-11-28T09:05:3Z",
          "2026-11-28T09:05:30.1234567891Z",
          "2026-1x-28T09:05Z"
        }) {
      assertThat(OffsetTimes.fast(text)).as(text).isNull();
      assertThatThrownBy(() -> OffsetTimes.parse(text))
          .as(text)
          .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
  }
}
