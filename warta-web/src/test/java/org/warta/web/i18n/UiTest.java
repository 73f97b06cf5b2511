package org.warta.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The interface's language and dates. */
class UiTest {
  static final Instant T = Instant.parse("2026-11-28T02:05:00Z");

  @Test
  void datesAreInTheReadersLanguageAndZone() {
    Ui id = new Ui("id", Messages.load("id"), ZoneId.of("Asia/Jakarta"), "/");
    Ui en = new Ui("en", Messages.load("en"), ZoneId.of("Asia/Makassar"), "/");
    assertThat(id.date(T)).isEqualTo("Sabtu, 28 Nov 2026 09.05 WIB");
    assertThat(en.date(T)).isEqualTo("Saturday, 28 Nov 2026, 10:05 WITA");
    assertThat(id.shortDate(T, T)).isEqualTo("09.05");
    assertThat(id.shortDate(T, T.plusSeconds(86_400))).isEqualTo("28 Nov 09.05");
    assertThat(
            new Ui(
                    "en",
                    Messages.load("en"),
                    ReaderZone.choose("UTC", ZoneId.of("Asia/Jakarta")),
                    "/")
                .date(T))
        .endsWith("02:05 UTC");
    assertThat(id.number(12345)).isEqualTo("12.345");
    assertThat(en.number(12345)).isEqualTo("12,345");
  }

  @Test
  void acceptLanguageAndCookieChooseTheLanguage() {
    assertThat(UiLanguage.choose(null, "en-US,en;q=0.9,id;q=0.8", "id")).isEqualTo("en");
    assertThat(UiLanguage.choose(null, "fr, id;q=0.5, en;q=0.4", "en")).isEqualTo("id");
    assertThat(UiLanguage.choose(null, "in-ID", "en")).isEqualTo("id");
    assertThat(UiLanguage.choose("en", "id", "id")).isEqualTo("en");
    assertThat(UiLanguage.choose("xx", "de", "id")).isEqualTo("id");
  }

  @Test
  void onlyRealZonesAreAccepted() {
    assertThat(ReaderZone.parse("Asia/Jayapura")).isPresent();
    assertThat(ReaderZone.parse("America/Argentina/Buenos_Aires")).isPresent();
    for (String bad :
        new String[] {"Mars/Olympus", "../../etc", "+07:00", "", "Asia/Jakarta<script>"}) {
      assertThat(ReaderZone.parse(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void bothLanguagesHaveTheSameTexts() {
    assertThat(Messages.load("id").keys()).isEqualTo(Messages.load("en").keys());
  }
}
