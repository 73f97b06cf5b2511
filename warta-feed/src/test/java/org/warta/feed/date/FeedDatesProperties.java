package org.warta.feed.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any date written in any of the supported styles reads back as the same instant and offset. */
class FeedDatesProperties {
  private static final List<String> ID_MONTHS =
      List.of(
          "Januari",
          "Februari",
          "Maret",
          "April",
          "Mei",
          "Juni",
          "Juli",
          "Agustus",
          "September",
          "Oktober",
          "November",
          "Desember");
  private static final List<String> ID_MONTHS_SHORT =
      List.of("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des");
  private static final List<String> ID_DAYS =
      List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");

  /** An offset and the names it can be written with. */
  record Zone(ZoneOffset offset, String name) {}

  @Provide
  Arbitrary<OffsetDateTime> dates() {
    Arbitrary<Long> seconds =
        Arbitraries.longs().between(-631_152_000L, 2_524_607_999L); // 1950..2049
    Arbitrary<ZoneOffset> offsets =
        Arbitraries.integers()
            .between(-12 * 4, 14 * 4)
            .map(q -> ZoneOffset.ofTotalSeconds(q * 15 * 60));
    return Combinators.combine(seconds, offsets)
        .as((s, o) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(s), o));
  }

  @Provide
  Arbitrary<Zone> namedZones() {
    return Arbitraries.of(
        new Zone(ZoneOffset.ofHours(7), "WIB"),
        new Zone(ZoneOffset.ofHours(8), "WITA"),
        new Zone(ZoneOffset.ofHours(9), "WIT"),
        new Zone(ZoneOffset.UTC, "GMT"),
        new Zone(ZoneOffset.UTC, "UTC"),
        new Zone(ZoneOffset.ofHours(-5), "EST"),
        new Zone(ZoneOffset.ofHours(-7), "PDT"));
  }

  @Property
  void rfc1123WithAndWithoutDayName(@ForAll("dates") OffsetDateTime date, @ForAll boolean dayName) {
    String text =
        DateTimeFormatter.ofPattern(
                (dayName ? "EEE, " : "") + "dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH)
            .format(date);
    assertThat(FeedDates.parse(text)).contains(date.truncatedTo(ChronoUnit.SECONDS));
  }

  @Property
  void rfc822WithTwoDigitYearAndNoSeconds(@ForAll("dates") OffsetDateTime date) {
    String text =
        DateTimeFormatter.ofPattern("EEE, d MMM yy HH:mm xxx", Locale.ENGLISH).format(date);
    assertThat(FeedDates.parse(text)).contains(date.truncatedTo(ChronoUnit.MINUTES));
  }

  @Property
  void indonesianNamesWithNamedZones(
      @ForAll("dates") OffsetDateTime any,
      @ForAll("namedZones") Zone zone,
      @ForAll boolean shortMonth,
      @ForAll boolean dayName) {
    OffsetDateTime date = any.withOffsetSameInstant(zone.offset()).truncatedTo(ChronoUnit.MINUTES);
    String month = (shortMonth ? ID_MONTHS_SHORT : ID_MONTHS).get(date.getMonthValue() - 1);
    String day = dayName ? ID_DAYS.get(date.getDayOfWeek().getValue() - 1) + ", " : "";
    String text =
        String.format(
            Locale.ROOT,
            "%s%d %s %d %02d:%02d %s",
            day,
            date.getDayOfMonth(),
            month,
            date.getYear(),
            date.getHour(),
            date.getMinute(),
            zone.name());
    assertThat(FeedDates.parse(text)).contains(date);
  }

  @Property
  void iso8601AndRfc3339(@ForAll("dates") OffsetDateTime date, @ForAll boolean fraction) {
    OffsetDateTime value = fraction ? date.withNano(123_000_000) : date;
    assertThat(FeedDates.parse(value.toString())).contains(value);
    assertThat(FeedDates.parse(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value)))
        .contains(value);
  }

  @Property
  void missingZoneIsTheDefault(
      @ForAll("dates") OffsetDateTime date, @ForAll("namedZones") Zone zone) {
    String local =
        date.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
    assertThat(FeedDates.parse(local, zone.offset()))
        .contains(date.toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).atOffset(zone.offset()));
  }

  @Property(tries = 2000)
  void neverThrowsOnArbitraryText(@ForAll String text) {
    assertThat(FeedDates.parse(text)).isNotNull();
  }

  @Property(tries = 2000)
  void neverThrowsOnDateLikeNoise(@ForAll("dateNoise") String text) {
    assertThat(FeedDates.parse(text)).isNotNull();
  }

  @Provide
  Arbitrary<String> dateNoise() {
    return Arbitraries.strings()
        .withChars("0123456789:+-.,/ TZMarchWIBGMTSenin()'")
        .ofMaxLength(40);
  }
}
