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

  @Test
  void passagesComeFromTheFirstMatchesOfALongText() {
    // the stretch with both words comes after the first 24 matches of "banjir": not looked at
    String text =
        "Banjir lagi di kota. ".repeat(Snippets.MAX_MATCHES)
            + "Jauh di belakang: banjir dan longsor melanda desa.";
    String html = Snippets.passages("banjir longsor", Language.INDONESIAN, text);
    assertThat(Jsoup.parse(html).select("mark").eachText()).isNotEmpty().doesNotContain("longsor");
    // a shorter text with the same stretch: found
    String shorter = "Banjir lagi di kota. " + "Jauh di belakang: banjir dan longsor melanda desa.";
    assertThat(
            Jsoup.parse(Snippets.passages("banjir longsor", Language.INDONESIAN, shorter))
                .select("mark")
                .eachText())
        .contains("longsor");
  }

  @Test
  void passagesPreferTheStretchWithMostDifferentQueryWordsAndStayShort() {
    String filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(12);
    String text =
        "Banjir datang pagi ini. "
            + filler
            + "Banjir di Bekasi merendam ratusan rumah warga. "
            + filler
            + "Penutup berita.";
    String html = Snippets.passages("banjir bekasi", Language.INDONESIAN, text);
    String best = html.split(" … ")[0];
    // the passage with both words comes out, even though "banjir" alone occurs earlier
    assertThat(html).contains("<mark>Banjir</mark> di <mark>Bekasi</mark> merendam");
    assertThat(html.split(" … ")).hasSizeLessThanOrEqualTo(Snippets.FRAGMENTS);
    for (String passage : html.split(" … ")) {
      assertThat(passage.replace("<mark>", "").replace("</mark>", ""))
          .hasSizeLessThanOrEqualTo(Snippets.FRAGMENT_CHARS);
    }
    assertThat(best).isNotBlank();
  }

  @Test
  void oneSnippetsObjectServesHitsInDifferentLanguages() {
    Snippets s = Snippets.of("flooding banjir");
    assertThat(s.whole(Language.ENGLISH, "Floods in Bekasi"))
        .isEqualTo("<mark>Floods</mark> in Bekasi");
    assertThat(s.whole(Language.INDONESIAN, "Kebanjiran di Bekasi"))
        .contains("<mark>Kebanjiran</mark>");
  }

  @Property
  void whateverTheInputOnlyMarkElementsComeOut(@ForAll String words, @ForAll String text) {
    Snippets snippets = Snippets.of(words);
    for (String html :
        new String[] {
          snippets.whole(Language.INDONESIAN, text), snippets.passages(Language.ENGLISH, text)
        }) {
      String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
      assertThat(withoutMarks).doesNotContain("<").doesNotContain(">");
    }
  }

  @Test
  void escapingReplacesTheFiveMarkupCharactersAndKeepsEverythingElse() {
    assertThat(Snippets.escape("")).isEmpty();
    assertThat(Snippets.escape("Banjir \u2014 30 cm")).isEqualTo("Banjir \u2014 30 cm");
    assertThat(Snippets.escape("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    assertThat(Snippets.escape("&&")).isEqualTo("&amp;&amp;");
  }
}
