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

  /** What the standard detector was asked: the length of each text and the prior given. */
  private record Asked(int chars, Language prior) {}

  private static TextLanguageDetector recording(List<Asked> asked) {
    return (text, declared) -> {
      asked.add(new Asked(text.length(), declared));
      return TextLanguageDetector.STANDARD.detect(text, declared);
    };
  }

  @Test
  void whenTheFirstWordsConfirmTheDeclarationTheRestIsNotRead() {
    List<Asked> asked = new ArrayList<>();

    LanguageChoice.of(EN, ENGLISH + " " + ENGLISH, recording(asked));

    assertThat(asked)
        .containsExactly(new Asked(LanguageChoice.CONFIRM_CHARS, Language.UNDETERMINED));
  }

  @Test
  void whenTheFirstWordsDoNotConfirmItTheWholeSampleDecidesWithTheDeclarationAsPrior() {
    List<Asked> asked = new ArrayList<>();

    LanguageChoice c = LanguageChoice.of(EN, INDONESIAN + " " + INDONESIAN, recording(asked));

    assertThat(asked)
        .containsExactly(
            new Asked(LanguageChoice.CONFIRM_CHARS, Language.UNDETERMINED),
            new Asked(LanguageChoice.SAMPLE_CHARS, EN));
    assertThat(c.detected()).isEqualTo(ID);
  }

  @Test
  void withoutADeclarationTheSampleIsReadOnce() {
    List<Asked> asked = new ArrayList<>();

    LanguageChoice c =
        LanguageChoice.of(Language.UNDETERMINED, INDONESIAN + " " + INDONESIAN, recording(asked));

    assertThat(asked)
        .containsExactly(new Asked(LanguageChoice.SAMPLE_CHARS, Language.UNDETERMINED));
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
