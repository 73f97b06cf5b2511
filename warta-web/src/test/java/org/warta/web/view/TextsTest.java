package org.warta.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Excerpts and leading paragraphs as cards and excerpt-policy article pages show them. */
class TextsTest {
  @Test
  void anExcerptIsCutAtAWordBoundaryWithAnEllipsis() {
    String text = "Banjir merendam ratusan rumah di  Dayeuhkolot\nsejak Kamis dini hari.";
    assertThat(Texts.excerpt(text, 30)).isEqualTo("Banjir merendam ratusan rumah …");
    assertThat(Texts.excerpt("  Pendek\u00A0saja. ", 30)).isEqualTo("Pendek saja.");
  }

  @Test
  void anExcerptReadsOnlyTheStartOfALongBodyButCopesWithLeadingWhitespace() {
    String body = "Kalimat pertama yang cukup panjang. ".repeat(2_000);
    assertThat(Texts.excerpt(body, 40)).isEqualTo("Kalimat pertama yang cukup panjang. …");
    String padded = " ".repeat(500) + "Isi berita.";
    assertThat(Texts.excerpt(padded, 40)).isEqualTo("Isi berita.");
  }

  @Test
  void theStartOfABodyWithinTheExcerptWindowGivesTheSameExcerpt() {
    // what lets a feed read only the start of each body from the database
    String body = "Nelayan di  pesisir\n\nutara kembali melaut pagi ini. ".repeat(300);
    for (int max : new int[] {40, 400}) {
      String start = body.substring(0, Texts.excerptWindow(max) + 1);
      assertThat(Texts.excerpt(start, max)).isEqualTo(Texts.excerpt(body, max));
    }
    String shortBody = "Hanya satu kalimat.";
    assertThat(Texts.excerpt(shortBody, 400)).isEqualTo("Hanya satu kalimat.");
  }

  @Test
  void paragraphsKeepTheirBreaksAndStopNearTheLimit() {
    String text = "Satu dua tiga.\n\nEmpat lima\nenam.\n  \t\nTujuh delapan sembilan sepuluh.";
    assertThat(Texts.paragraphs(text, 30)).containsExactly("Satu dua tiga.", "Empat lima enam.");
    assertThat(Texts.paragraphs(text, 500))
        .containsExactly("Satu dua tiga.", "Empat lima enam.", "Tujuh delapan sembilan sepuluh.");
  }

  @Test
  void aFirstParagraphLongerThanTheLimitBecomesAnExcerpt() {
    String text = "Paragraf pertama ini jauh lebih panjang dari batasnya.\n\nKedua.";
    assertThat(Texts.paragraphs(text, 20)).containsExactly("Paragraf pertama ini …");
    assertThat(Texts.paragraphs("\n\n  \n", 20)).isEmpty();
  }
}
