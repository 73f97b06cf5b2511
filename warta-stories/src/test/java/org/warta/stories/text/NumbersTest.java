package org.warta.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest(name = "{1} ''{0}'' = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "6,1|INDONESIAN|6.1",
        "6.1|ENGLISH|6.1",
        "4.700|INDONESIAN|4700",
        "4,700|ENGLISH|4700",
        "1.250.000|INDONESIAN|1250000",
        "5,50|INDONESIAN|5.5",
        "2025|ENGLISH|2025",
        "12.4|ENGLISH|12.4",
        "3.500|OTHER|3500",
        "6,1|OTHER|6.1",
      })
  void readsEachLanguagesConvention(String token, Profile profile, String canonical) {
    assertThat(Numbers.read(token, profile).map(Numbers::canonical)).contains(canonical);
  }

  @ParameterizedTest(name = "{1} ''{0}'' is no number")
  @CsvSource(
      delimiter = '|',
      value = {"06.12|INDONESIAN", "1,2|ENGLISH", "12345.678|INDONESIAN", "1.2.3|ENGLISH"})
  void separatorsThatFitNeitherReadingGiveNothing(String token, Profile profile) {
    assertThat(Numbers.read(token, profile)).isEmpty();
  }

  @Property
  void anIntegerWrittenEitherWayReadsTheSame(
      @ForAll @LongRange(min = 0, max = 999_999_999L) long n) {
    String english = String.format(Locale.US, "%,d", n);
    String indonesian = english.replace(',', '.');
    assertThat(Numbers.read(english, Profile.ENGLISH)).contains(BigDecimal.valueOf(n));
    assertThat(Numbers.read(indonesian, Profile.INDONESIAN)).contains(BigDecimal.valueOf(n));
  }

  @Property
  void aDecimalWrittenEitherWayHasOneCanonicalForm(
      @ForAll @IntRange(min = 0, max = 999) int whole,
      @ForAll @IntRange(min = 0, max = 99) int cents) {
    String english = whole + "." + String.format(Locale.ROOT, "%02d", cents);
    String indonesian = english.replace('.', ',');
    String a = Numbers.canonical(Numbers.read(english, Profile.ENGLISH).orElseThrow());
    String b = Numbers.canonical(Numbers.read(indonesian, Profile.INDONESIAN).orElseThrow());
    assertThat(a).isEqualTo(b).doesNotEndWith(".0");
  }
}
