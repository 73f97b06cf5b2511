package org.warta.dedupe.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Crane collapse halts night shipping - Warta Nusantara ; Crane collapse halts night"
            + " shipping",
        "Crane collapse halts night shipping | Dailyglobe ; Crane collapse halts night shipping",
        "Crane collapse halts night shipping ; Crane collapse halts night shipping",
        "Hit - And - Run ; Hit - And - Run",
        "Port reopens - but only by day, the harbour master says ; Port reopens - but only by day,"
            + " the harbour master says",
      })
  void dropsTheSiteNameSuffix(String title, String expected) {
    assertThat(TitleText.withoutSiteName(title)).isEqualTo(expected);
  }
}
