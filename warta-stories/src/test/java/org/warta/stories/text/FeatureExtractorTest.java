package org.warta.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;

class FeatureExtractorTest {
  private final FeatureExtractor extractor = new FeatureExtractor(Lexicon.standard(), 2f);

  @Test
  void indonesianAndEnglishReportsOfOneQuakeShareEntitiesNumbersAndConcepts() {
    Map<String, Float> id =
        extractor.extract(
            "Gempa M5,8 Guncang Sarolangit",
            "Gempa bumi bermagnitudo 5,8 mengguncang Kabupaten Sarolangit, Jawa Tengah. Tiga"
                + " warga tewas.",
            Language.INDONESIAN);
    Map<String, Float> en =
        extractor.extract(
            "Magnitude 5.8 quake jolts Sarolangit",
            "A magnitude 5.8 earthquake struck Sarolangit regency in Central Java. Three"
                + " residents were killed.",
            Language.ENGLISH);
    for (String shared :
        new String[] {"e:sarolangit", "n:5.8", "c:quake", "e:java", "n:3", "c:die"}) {
      assertThat(id).as("id has " + shared).containsKey(shared);
      assertThat(en).as("en has " + shared).containsKey(shared);
    }
  }

  @Test
  void titleTokensCountDouble() {
    Map<String, Float> f =
        extractor.extract("Banjir Cikareo", "Sungai Cikareo meluap.", Language.INDONESIAN);
    assertThat(f.get("e:cikareo")).isEqualTo(3f);
  }

  @Test
  void capitalisedWordsMidSentenceAreEntitiesSentenceStartsOnlyWithEvidence() {
    Map<String, Float> f =
        extractor.extract(
            "",
            "Police said Jamal Williams was arrested. Williams was released. Speeding is common.",
            Language.ENGLISH);
    assertThat(f).containsKeys("e:jamal", "e:williams").doesNotContainKey("e:speeding");
    assertThat(f).doesNotContainKey("e:police"); // sentence start, never capitalised mid-sentence
    assertThat(f.get("e:williams")).isEqualTo(2f); // the sentence start counts: it is a name here
  }

  @Test
  void headlinesInTitleCaseOnlyYieldNamesTheBodyConfirms() {
    Map<String, Float> f =
        extractor.extract(
            "Warga Panik Saat Banjir Rendam Batu Rendah",
            "Air merendam rumah di Batu Rendah.",
            Language.INDONESIAN);
    assertThat(f)
        .containsKey("e:batu")
        .doesNotContainKey("e:panik")
        .doesNotContainKey("e:resident");
  }

  @Test
  void acronymsAreEntitiesButShoutedHeadlinesAreNot() {
    Map<String, Float> f =
        extractor.extract(
            "CHARGERS RECEIVER ARRESTED", "The agency BMKG said so.", Language.ENGLISH);
    assertThat(f).containsKey("e:bmkg").doesNotContainKey("e:receiver");
  }

  @Test
  void weekdaysAreNotEntitiesAndScaleWordsMultiply() {
    Map<String, Float> f =
        extractor.extract(
            "", "Pada Senin perusahaan membayar Rp 1,5 triliun.", Language.INDONESIAN);
    assertThat(f).containsKeys("c:monday", "n:1500000000000").doesNotContainKey("e:monday");
  }

  @Test
  void readAlsoHeadlinesDoNotBecomeTerms() {
    Map<String, Float> f =
        extractor.extract(
            "Banjir di Batu Rendah",
            "Sungai meluap.\n\nBaca juga: Gempa Guncang Sarolangit\n\nWarga mengungsi.",
            Language.INDONESIAN);
    assertThat(f).doesNotContainKey("e:sarolangit").doesNotContainKey("c:quake");
  }

  @Test
  void emptyArticleHasNoTerms() {
    assertThat(extractor.extract("", "", Language.UNDETERMINED)).isEmpty();
  }
}
