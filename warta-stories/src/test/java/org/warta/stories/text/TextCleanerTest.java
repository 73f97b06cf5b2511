package org.warta.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warta.core.Language;

class TextCleanerTest {

  @Test
  void readAlsoInsertsCarryOtherStoriesHeadlinesAndGo() {
    String text =
        """
        Hujan deras membuat Sungai Cikareo meluap.

        Baca juga: Gempa M5,8 Guncang Sarolangit

        Warga mengungsi ke masjid.
        Editor : Sari Wulandari\
        """;
    String clean = TextCleaner.clean(text, Language.INDONESIAN);
    assertThat(clean)
        .contains("Sungai Cikareo", "Warga mengungsi")
        .doesNotContain("Sarolangit", "Sari");
  }

  @Test
  void englishInsertsAndCreditLinesGoToo() {
    String text =
        """
        The river burst its banks.
        Read also: Quake death toll rises
        (Reporting by Ana Putri; Editing by Tom Hale)
        This story was published by Example Wire and is republished here.
        Residents moved to schools.\
        """;
    String clean = TextCleanerTest.cleanEnglish(text);
    assertThat(clean)
        .contains("burst its banks", "moved to schools")
        .doesNotContain("Quake", "Ana Putri", "Example Wire");
  }

  @Test
  void aRelatedBoxWithoutHeadlineTakesTheShortLinesAfterIt() {
    String text =
        """
        The ferry caught fire on Saturday.
        Related articles
        Minister visits port
        Fuel prices rise again
        """;
    assertThat(cleanEnglish(text)).contains("ferry").doesNotContain("Minister", "Fuel");
  }

  @Test
  void plainTextIsKept() {
    String text = "Line one.\n\nLine two.";
    assertThat(cleanEnglish(text)).contains("Line one.", "Line two.");
  }

  private static String cleanEnglish(String text) {
    return TextCleaner.clean(text, Language.ENGLISH);
  }
}
