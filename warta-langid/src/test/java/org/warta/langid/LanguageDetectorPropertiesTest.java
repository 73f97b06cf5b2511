package org.warta.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.warta.core.Language;
import org.warta.langid.model.ModelFile;
import org.warta.langid.model.ModelLanguage;
import org.warta.langid.text.TextSample;

class LanguageDetectorPropertiesTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.standard();
  private static final Set<Language> MODEL_LANGUAGES =
      ModelFile.standard().languages().stream()
          .map(ModelLanguage::language)
          .collect(Collectors.toSet());

  @Property(tries = 300)
  void neverThrowsAndAnswersWithinTheContract(@ForAll @StringLength(max = 400) String text) {
    Detection d = DETECTOR.detectWithScores(text);
    assertThat(d.confidence()).isBetween(0.0, 1.0);
    assertThat(d.letters()).isBetween(0, TextSample.MAX_LETTERS);
    if (d.isDetermined() && d.basis() == Detection.Basis.NGRAMS) {
      assertThat(MODEL_LANGUAGES).contains(d.language());
    }
  }

  @Property(tries = 200)
  void isDeterministic(@ForAll("newsLikeText") String text) {
    assertThat(DETECTOR.detectWithScores(text)).isEqualTo(DETECTOR.detectWithScores(text));
  }

  @Property(tries = 100)
  void aHintNeverTurnsADeterminedTextUndetermined(
      @ForAll("newsLikeText") String text, @ForAll("codes") String hint) {
    Detection plain = DETECTOR.detectWithScores(text);
    Detection hinted = DETECTOR.detectWithScores(text, new Language(hint));
    if (plain.isDetermined()) {
      assertThat(hinted.isDetermined()).isTrue();
    }
  }

  @Property(tries = 30)
  void hugeInputsAreReadOnlyInPart(@ForAll("newsLikeText") String text) {
    String huge = text.repeat(Math.max(1, 2_000_000 / Math.max(1, text.length())));
    Detection d = DETECTOR.detectWithScores(huge);
    assertThat(d.letters()).isLessThanOrEqualTo(TextSample.MAX_LETTERS);
  }

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> word =
        Arbitraries.of(
            "pemerintah",
            "kerajaan",
            "wang",
            "the",
            "council",
            "banjir",
            "dalan",
            "ing",
            "nu",
            "jeung",
            "sing",
            "polis",
            "rumah",
            "sakit",
            "warga",
            "de",
            "het",
            "ang",
            "mga",
            "Jakarta",
            "2026",
            "RM500",
            "—",
            "!",
            "東京",
            "서울",
            "é",
            "\u0301",
            "\uD83D\uDE00");
    return word.list().ofMinSize(0).ofMaxSize(40).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.of("id", "ms", "en", "jv", "su", "ru", "zh", "und", "xx");
  }
}
