package org.warta.dedupe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.core.WireCredit;
import org.warta.dedupe.Fixtures;

class TextCleanerTest {
  private final TextCleaner cleaner = TextCleaner.allLanguages();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mirror-chrome", "antara-dateline"})
  void keepsOnlyTheStoryAndReportsTheWireCredit(String name) {
    CleanText clean = cleaner.clean(Fixtures.text("text/" + name + ".txt"));

    List<String> expected = Fixtures.text("text/" + name + ".expected.txt").lines().toList();
    assertThat(clean.lines()).containsExactlyElementsOf(expected);
    assertThat(clean.credit().map(WireCredit::agency))
        .contains(Fixtures.text("text/" + name + ".credit").strip());
  }

  @Test
  void readAlsoInsertsCarryingOtherHeadlinesAreRemoved() {
    String body =
        """
        The crane buckled shortly after ten in the evening while unloading a cargo ship.
        Read also: Ferry fares to the northern islands rise for the third time this year
        Baca juga: Harga gabah anjlok jelang panen raya di Lumbung Timur
        Both injured workers were taken to the city hospital in a stable condition.
        """;

    assertThat(cleaner.clean(body).lines())
        .containsExactly(
            "The crane buckled shortly after ten in the evening while unloading a cargo ship.",
            "Both injured workers were taken to the city hospital in a stable condition.");
  }

  @Test
  void aReadAlsoInsertWithAVeryLongHeadlineIsStillAnInsert() {
    String headline = "word ".repeat(60).strip();
    String body =
        "The crane buckled shortly after ten in the evening while unloading a cargo ship.\n"
            + "Read also: "
            + headline
            + "\nNote: "
            + headline;

    assertThat(cleaner.clean(body).lines())
        .containsExactly(
            "The crane buckled shortly after ten in the evening while unloading a cargo ship.",
            "Note: " + headline);
  }

  @Test
  void aListAfterASectionHeadingEndsAtTheNextParagraph() {
    String body =
        """
        Terkini Lainnya
        - Harga cabai turun
        Jadwal kereta pesisir berubah mulai Senin
        Petugas memastikan bahwa seluruh penumpang kereta yang tertahan semalam sudah dipindahkan ke bus pengganti.
        """;

    assertThat(cleaner.clean(body).lines())
        .containsExactly(
            "Petugas memastikan bahwa seluruh penumpang kereta yang tertahan semalam sudah"
                + " dipindahkan ke bus pengganti.");
  }

  @Test
  void aDatelineIsRemovedOnlyFromTheFirstParagraph() {
    String body =
        """
        JAKARTA, KABARKILAT.example - Harga beras di pasar induk turun untuk pekan kedua berturut-turut.
        Pedagang di Jakarta, Antara lain, mengeluhkan sepinya pembeli - terutama pada pagi hari.
        """;

    assertThat(cleaner.clean(body).lines())
        .containsExactly(
            "Harga beras di pasar induk turun untuk pekan kedua berturut-turut.",
            "Pedagang di Jakarta, Antara lain, mengeluhkan sepinya pembeli - terutama pada pagi"
                + " hari.");
  }

  @Test
  void navigationMenusAndLabelsAreNotText() {
    assertThat(TextCleaner.isNavigation("Home | News | World | Sports | Tech | Login", 6)).isTrue();
    assertThat(TextCleaner.isNavigation("Berita  •  Terkini  •  Populer  •  Video", 4)).isTrue();
    assertThat(TextCleaner.isNavigation("BERANDA NASIONAL INTERNASIONAL EKONOMI", 4)).isTrue();
    assertThat(TextCleaner.isNavigation("PBB MENYERUKAN GENCATAN SENJATA.", 4)).isFalse();
    assertThat(TextCleaner.isNavigation("He said the port | the quay were closed.", 8)).isFalse();
  }

  @Test
  void emptyAndHostileInputGiveNoLines() {
    assertThat(cleaner.clean("").lines()).isEmpty();
    assertThat(cleaner.clean("\n\n \u00A0\n").lines()).isEmpty();
    String huge = "(".repeat(20_000) + "word ".repeat(20_000);
    assertThat(cleaner.clean(huge).lines()).hasSize(1);
  }

  @Test
  void everyKindOfLineBreakSeparatesParagraphs() {
    String paragraph = "The crane buckled shortly after ten while unloading a ship";
    for (String lineBreak : List.of("\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\f")) {
      String body = paragraph + " one." + lineBreak + lineBreak + paragraph + " two.";
      assertThat(cleaner.clean(body).lines())
          .as("break %s", lineBreak.codePointAt(0))
          .containsExactly(paragraph + " one.", paragraph + " two.");
    }
  }
}
