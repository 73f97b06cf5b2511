package org.warta.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.extract.support.Fixtures;

/** Dates in visible text and attributes, per {@code metadata/human-dates.tsv}. */
class DateParserTest {
  private static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

  static Stream<String[]> dates() {
    return Fixtures.rows("metadata/human-dates.tsv").stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("dates")
  void readsDatesAsPrinted(String text, String expected) {
    Optional<FoundDate> d = DateParser.human(text, false);
    if (expected.equals("-")) {
      assertThat(d).isEmpty();
      return;
    }
    assertThat(d).as(text).isPresent();
    assertThat(render(d.get())).isEqualTo(expected);
  }

  static String render(FoundDate d) {
    if (!d.hasTime()) {
      return d.date().toString();
    }
    if (d.zone().isEmpty()) {
      return d.local().toString();
    }
    return d.resolve(ZoneOffset.UTC).format(WITH_OFFSET);
  }

  @Test
  void everyMonthNameHasAnExample() {
    List<String> missing = new ArrayList<>();
    List<String> texts = dates().map(r -> r[0].toLowerCase(java.util.Locale.ROOT)).toList();
    for (String[] row : Fixtures.dataRows("metadata/months.tsv")) {
      for (int i = 1; i < row.length; i++) {
        String name = row[i];
        if (texts.stream().noneMatch(t -> t.contains(" " + name + " "))) {
          missing.add(name);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void machineValuesKeepTheirOffset() {
    assertThat(
            DateParser.machine("2024-12-02T23:10:00Z")
                .map(d -> d.in(ZoneOffset.ofHours(7)).date().toString()))
        .contains("2024-12-03");
    assertThat(DateParser.machine("Tue, 03 Dec 2024 06:10:00 +0700").map(DateParserTest::render))
        .contains("2024-12-03T06:10+07:00");
    assertThat(DateParser.machine("20241203").map(DateParserTest::render)).contains("2024-12-03");
    assertThat(DateParser.machine("2024 Jun 30").map(DateParserTest::render))
        .contains("2024-06-30");
    assertThat(DateParser.machine("2023 Sep 31")).isEmpty();
    assertThat(DateParser.machine("1970-01-01")).isEmpty();
  }

  @Test
  void monthFirstReadsAmericanNumericDates() {
    assertThat(DateParser.human("03/04/2024", true).map(d -> d.date().toString()))
        .contains("2024-03-04");
  }

  @Property
  void neverThrows(@ForAll String text) {
    DateParser.human(text, false);
    DateParser.machine(text);
  }
}
