package org.warta.langid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextSampleTest {
  @Test
  void wordsAreLowerCasedRunsOfLetters() {
    TextSample s = TextSample.of("Harga BBM naik 10% di Jawa-Timur, kata pejabat (Antara).");
    assertThat(s.words())
        .containsExactly(
            "harga", "bbm", "naik", "di", "jawa", "timur", "kata", "pejabat", "antara");
    assertThat(s.letters()).isEqualTo(40);
  }

  @Test
  void decomposedLettersAreComposedFirst() {
    String nfd = Normalizer.normalize("nétélakeun", Normalizer.Form.NFD);
    assertThat(TextSample.of(nfd).words()).containsExactly("nétélakeun");
  }

  @Test
  void scriptsOfTheLettersAreCounted() {
    TextSample s = TextSample.of("Tokyo 東京 とうきょう");
    assertThat(s.scripts().count(UnicodeScript.LATIN)).isEqualTo(5);
    assertThat(s.scripts().count(UnicodeScript.HAN)).isEqualTo(2);
    assertThat(s.scripts().count(UnicodeScript.HIRAGANA)).isEqualTo(5);
  }

  @Test
  void onlyTheStartOfAHugeTextIsRead() {
    TextSample s = TextSample.of("kata ".repeat(1_000_000));
    assertThat(s.letters()).isEqualTo(TextSample.MAX_LETTERS);
  }

  @Property(tries = 300)
  void lettersAreBoundedAndWordsHoldOnlyLetters(@ForAll String text) {
    TextSample s = TextSample.of(text);
    assertThat(s.letters()).isLessThanOrEqualTo(TextSample.MAX_LETTERS);
    assertThat(s.words())
        .allSatisfy(w -> assertThat(w.codePoints().allMatch(Character::isLetter)).isTrue());
    assertThat(s.words().stream().mapToInt(w -> w.codePointCount(0, w.length())).sum())
        .isEqualTo(s.letters());
  }
}
