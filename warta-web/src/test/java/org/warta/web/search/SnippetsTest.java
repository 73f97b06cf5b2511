package org.warta.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;

/** Highlighted snippets: matches marked with the index's analysis, everything else escaped. */
class SnippetsTest {
  static final String TEXT =
      "Pemerintah mengumumkan kebijakan baru soal pengungsian. Warga <b>Dayeuhkolot</b> masih"
          + " mengungsi di masjid & sekolah.";

  @Test
  void indonesianStemmingMarksOtherFormsOfTheWord() {
    String html = Snippets.passages("bijak ungsi", Language.INDONESIAN, TEXT);
    assertThat(Jsoup.parse(html).select("mark").eachText())
        .contains("kebijakan", "pengungsian", "mengungsi");
  }

  @Test
  void markupInTheTextIsEscapedAndOnlyMarksRemain() {
    String html = Snippets.passages("dayeuhkolot", Language.INDONESIAN, TEXT);
    assertThat(html).contains("&lt;b&gt;<mark>Dayeuhkolot</mark>&lt;/b&gt;").contains("&amp;");
    Document d = Jsoup.parseBodyFragment(html);
    assertThat(d.body().select("*:not(body)"))
        .allSatisfy(e -> assertThat(e.tagName()).isEqualTo("mark"));
  }

  @Test
  void excludedWordsAreNotMarked() {
    String html = Snippets.whole("warga -masjid", Language.INDONESIAN, "Warga pindah ke masjid");
    assertThat(Jsoup.parse(html).select("mark").eachText()).containsExactly("Warga");
  }

  @Test
  void englishTextUsesEnglishStemming() {
    String html = Snippets.whole("flooding", Language.ENGLISH, "Floods forced thousands to flee");
    assertThat(Jsoup.parse(html).select("mark").eachText()).containsExactly("Floods");
  }

  @Test
  void noMatchGivesNothingAndTitlesStayWhole() {
    assertThat(Snippets.passages("gempa", Language.INDONESIAN, TEXT)).isEmpty();
    assertThat(Snippets.whole("gempa", Language.INDONESIAN, "Banjir <i>besar</i>"))
        .isEqualTo("Banjir &lt;i&gt;besar&lt;/i&gt;");
  }

  @Test
  void lettersBeyondAsciiAndEmojiStayWhole() {
    assertThat(Snippets.whole("gempa", Language.INDONESIAN, "Gempa 🌋 Mamuju — “kuat”"))
        .isEqualTo("<mark>Gempa</mark> 🌋 Mamuju — “kuat”");
  }

  @Property
  void whateverTheInputOnlyMarkElementsComeOut(@ForAll String words, @ForAll String text) {
    String html = Snippets.whole(words, Language.INDONESIAN, text);
    String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
    assertThat(withoutMarks).doesNotContain("<").doesNotContain(">");
  }
}
