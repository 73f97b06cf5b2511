package org.warta.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.Language;
import org.warta.langid.Detection.Basis;

class LanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.standard();

  static Stream<Arguments> sentences() throws IOException {
    try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("/langid/sentences.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.stream()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.split("\t", 2))
          .map(p -> Arguments.of(p[0], p[1]))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("sentences")
  void detectsTheLanguageOfANewsSentence(String code, String text) {
    assertThat(detector.detect(text)).isEqualTo(new Language(code));
  }

  @Test
  void standardIsLoadedOnceAndShared() {
    assertThat(LanguageDetector.standard()).isSameAs(detector);
  }

  @Test
  void textWithoutLettersIsUndetermined() {
    for (String text : List.of("", "   ", "!!! ??? ...", "12.500.000")) {
      Detection d = detector.detectWithScores(text);
      assertThat(d.language()).as(text).isEqualTo(Language.UNDETERMINED);
      assertThat(d.basis()).isEqualTo(Basis.TOO_SHORT);
      assertThat(d.candidates()).isEmpty();
    }
  }

  @Test
  void aFewLettersAreTooShortToDecide() {
    Detection d = detector.detectWithScores("14:05 WIB");
    assertThat(d.language()).isEqualTo(Language.UNDETERMINED);
    assertThat(d.basis()).isEqualTo(Basis.TOO_SHORT);
    assertThat(d.candidates()).isNotEmpty();
  }

  @Test
  void randomLettersAreUnclear() {
    Detection d = detector.detectWithScores("xqzv kkwpq zzrtx bbbqj vvxq wqqz");
    assertThat(d.language()).isEqualTo(Language.UNDETERMINED);
    assertThat(d.basis()).isEqualTo(Basis.UNCLEAR);
  }

  @Test
  void aScriptOfOneLanguageDecidesAlone() {
    assertThat(detector.detectWithScores("서울").basis()).isEqualTo(Basis.SCRIPT);
    assertThat(detector.detect("서울")).isEqualTo(new Language("ko"));
    assertThat(detector.detect("ភ្នំពេញ")).isEqualTo(new Language("km"));
    assertThat(detector.detect("東京タワー")).isEqualTo(new Language("ja"));
    assertThat(detector.detect("北京")).isEqualTo(new Language("zh"));
  }

  @Test
  void aScriptNoLanguageOfTheModelUsesIsUndetermined() {
    Detection d = detector.detectWithScores("ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ ᠪᠢᠴᠢᠭ");
    assertThat(d.language()).isEqualTo(Language.UNDETERMINED);
    assertThat(d.basis()).isEqualTo(Basis.UNKNOWN_SCRIPT);
  }

  @Test
  void lettersOfNoScriptAloneAreUndetermined() {
    // modifier letters (category Lm, script Common), found by the never-throws property
    Detection d = detector.detectWithScores("ʹ ʽ ˆ");
    assertThat(d.language()).isEqualTo(Language.UNDETERMINED);
    assertThat(d.basis()).isEqualTo(Basis.UNKNOWN_SCRIPT);
  }

  @Test
  void candidatesAreRankedAndTheirSharesAddUpToOne() {
    Detection d =
        detector.detectWithScores(
            "Kementerian Kesihatan mengesahkan tiga kes baharu di hospital daerah pada Khamis.");
    assertThat(d.language()).isEqualTo(Language.MALAY);
    assertThat(d.basis()).isEqualTo(Basis.NGRAMS);
    assertThat(d.candidates().getFirst().language()).isEqualTo(d.language());
    assertThat(d.candidates().getFirst().confidence()).isEqualTo(d.confidence());
    assertThat(d.candidates())
        .extracting(Candidate::confidence)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    double sum = d.candidates().stream().mapToDouble(Candidate::confidence).sum();
    assertThat(sum).isBetween(0.999, 1.001);
    assertThat(d.candidates()).extracting(Candidate::language).contains(Language.INDONESIAN);
  }

  @Test
  void onlyLanguagesOfTheTextsScriptAreCandidates() {
    Detection d = detector.detectWithScores("Городской совет решил продлить ночной автобус.");
    assertThat(d.language()).isEqualTo(new Language("ru"));
    assertThat(d.candidates())
        .extracting(c -> c.language().code())
        .contains("uk", "bg", "sr")
        .doesNotContain("en", "id", "ar");
  }

  @Test
  void aDeclaredLanguageDecidesAShortTextInItsScript() {
    assertThat(detector.detect("Banjir", Language.INDONESIAN)).isEqualTo(Language.INDONESIAN);
    assertThat(detector.detectWithScores("Banjir", Language.INDONESIAN).basis())
        .isEqualTo(Basis.HINT);
    assertThat(detector.detect("Banjir", Language.MALAY)).isEqualTo(Language.MALAY);
  }

  @Test
  void aDeclaredLanguageDoesNotOverruleClearEvidence() {
    String english =
        "The minister said the new bridge would open to traffic before the end of June.";
    assertThat(detector.detect(english, Language.INDONESIAN)).isEqualTo(Language.ENGLISH);
  }

  @Test
  void aDeclaredLanguageInAnotherScriptIsIgnored() {
    assertThat(detector.detect("Banjir", new Language("ru"))).isEqualTo(Language.UNDETERMINED);
  }

  @Test
  void codeSwitchedParagraphGoesToItsGrammaticalFrame() {
    String text =
        "Startup fintech itu baru saja meluncurkan fitur paylater untuk para merchant UMKM,"
            + " dan menurut CEO-nya, user growth mereka naik tiga kali lipat tahun ini.";
    assertThat(detector.detect(text)).isEqualTo(Language.INDONESIAN);
  }

  @Test
  void decomposedAccentsReadLikePrecomposedOnes() {
    String composed = "Kapala désa nétélakeun yén pasar baris dibuka deui minggu hareup.";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
    assertThat(detector.detectWithScores(decomposed))
        .isEqualTo(detector.detectWithScores(composed));
  }
}
