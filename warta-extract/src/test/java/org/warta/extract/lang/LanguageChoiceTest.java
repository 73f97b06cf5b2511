package org.warta.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;

/**
 * {@link LanguageChoice} with warta-langid's detector: the declaration is confirmed by the text's
 * first words or overturned by the longer sample.
 */
class LanguageChoiceTest {
  private static final Language EN = Language.of("en");
  private static final Language ID = Language.of("id");

  private static final String ENGLISH =
      "The council agreed on Tuesday to rebuild the harbour wall before the winter storms, after"
          + " two years of arguments about who should pay for the repairs and how long the work"
          + " would close the quay to the fishing boats that use it every morning.";

  private static final String INDONESIAN =
      "Pemerintah kota sepakat pada hari Selasa untuk membangun kembali tembok pelabuhan sebelum"
          + " musim badai tiba, setelah dua tahun perdebatan tentang siapa yang harus membayar"
          + " perbaikan dan berapa lama dermaga ditutup bagi perahu nelayan.";

  @Test
  void aDeclarationTheTextBearsOutIsTheDetectedLanguage() {
    LanguageChoice c = LanguageChoice.of(EN, ENGLISH, TextLanguageDetector.STANDARD);

    assertThat(c.detected()).isEqualTo(EN);
    assertThat(c.chosen()).isEqualTo(EN);
    assertThat(c.source()).isEqualTo("detected");
  }

  @Test
  void aWrongDeclarationIsOverturnedByTheText() {
    // Indonesian portals often keep a theme's lang="en"
    LanguageChoice c = LanguageChoice.of(EN, INDONESIAN, TextLanguageDetector.STANDARD);

    assertThat(c.detected()).isEqualTo(ID);
    assertThat(c.chosen()).isEqualTo(ID);
  }

  @Test
  void whenTheFirstWordsConfirmTheDeclarationTheRestIsNotRead() {
    List<Integer> asked = new ArrayList<>();
    TextLanguageDetector counting =
        (text, declared) -> {
          asked.add(text.length());
          return TextLanguageDetector.STANDARD.detect(text, declared);
        };

    LanguageChoice.of(EN, ENGLISH + " " + ENGLISH, counting);

    assertThat(asked).containsExactly(LanguageChoice.CONFIRM_CHARS);
  }

  @Test
  void whenTheFirstWordsDoNotConfirmItTheWholeSampleDecidesWithTheDeclarationAsPrior() {
    List<Language> priors = new ArrayList<>();
    TextLanguageDetector recording =
        (text, declared) -> {
          priors.add(declared);
          return TextLanguageDetector.STANDARD.detect(text, declared);
        };

    LanguageChoice c = LanguageChoice.of(EN, INDONESIAN + " " + INDONESIAN, recording);

    assertThat(priors).containsExactly(Language.UNDETERMINED, EN);
    assertThat(c.detected()).isEqualTo(ID);
  }

  @Test
  void withoutADeclarationTheSampleIsReadOnce() {
    List<Integer> asked = new ArrayList<>();
    TextLanguageDetector counting =
        (text, declared) -> {
          asked.add(text.length());
          return TextLanguageDetector.STANDARD.detect(text, declared);
        };

    LanguageChoice c =
        LanguageChoice.of(Language.UNDETERMINED, INDONESIAN + " " + INDONESIAN, counting);

    assertThat(asked).containsExactly(LanguageChoice.SAMPLE_CHARS);
    assertThat(c.detected()).isEqualTo(ID);
  }

  @Test
  void anEmptyTextDetectsNothingAndKeepsTheDeclaration() {
    LanguageChoice c = LanguageChoice.of(ID, "", TextLanguageDetector.STANDARD);

    assertThat(c.detected()).isEqualTo(Language.UNDETERMINED);
    assertThat(c.chosen()).isEqualTo(ID);
    assertThat(c.source()).isEqualTo("declared");
  }
}
