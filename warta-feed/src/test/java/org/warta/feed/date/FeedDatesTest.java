package org.warta.feed.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.Language;
import org.warta.feed.Fixtures;

class FeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/date/wild-dates.csv", delimiter = '|')
  void readsTheDatesFoundInTheWild(String text, String expected) {
    assertThat(FeedDates.parse(text)).contains(OffsetDateTime.parse(expected));
  }

  static Stream<String> notDates() {
    return new String(Fixtures.bytes("date/not-dates.txt"), StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notDates")
  void textThatIsNoDateGivesEmpty(String text) {
    assertThat(FeedDates.parse(text)).isEmpty();
  }

  @Test
  void missingZoneTakesTheGivenOffset() {
    assertThat(FeedDates.parse("2 Maret 2026 11:20", ZoneOffset.ofHours(7)))
        .contains(OffsetDateTime.of(2026, 3, 2, 11, 20, 0, 0, ZoneOffset.ofHours(7)));
    assertThat(FeedDates.parse("2026-03-02T11:20:00", ZoneOffset.ofHours(8)))
        .contains(OffsetDateTime.of(2026, 3, 2, 11, 20, 0, 0, ZoneOffset.ofHours(8)));
  }

  @Test
  void indonesianDocumentsDefaultToWesternIndonesianTime() {
    assertThat(FeedDates.defaultOffset(Language.INDONESIAN)).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(FeedDates.defaultOffset(Language.ENGLISH)).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void twoDigitYearsFollowRfc2822() {
    assertThat(WildDate.twoDigitYear(49)).isEqualTo(2049);
    assertThat(WildDate.twoDigitYear(50)).isEqualTo(1950);
    assertThat(WildDate.twoDigitYear(0)).isEqualTo(2000);
  }
}
