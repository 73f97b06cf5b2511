package org.warta.langid.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.warta.langid.script.ScriptHistogram;

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

  @Test
  void aMarkRightAfterTheFirstWindowIsComposedAsInTheWholeText() {
    // the first window ends near 2 048 characters; a combining acute there belongs to the letter
    // before it, and a long non-ASCII stretch moves the cut further
    for (int at = 2_040; at < 2_060; at++) {
      String text = "a".repeat(at) + "e\u0301" + " kata".repeat(400);
      assertSameSample(TextSample.of(text), whole(text));
      String accents = "a".repeat(at) + "\u00e9".repeat(300) + "\u0301 kata".repeat(400);
      assertSameSample(TextSample.of(accents), whole(accents));
    }
  }

  @Test
  void fewLettersInTheFirstWindowReadOn() {
    String text = "1234 ".repeat(1_000) + "e\u0301tat ".repeat(300);
    assertSameSample(TextSample.of(text), whole(text));
    assertThat(TextSample.of(text).letters()).isEqualTo(TextSample.MAX_LETTERS);
  }

  @Property(tries = 300)
  void theSampleIsThatOfTheWholeWindow(@ForAll("longTexts") String text) {
    assertSameSample(TextSample.of(text), whole(text));
  }

  @Provide
  Arbitrary<String> longTexts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "kata ",
            "e\u0301",
            "\u0301",
            "\u00e9t\u00e9 ",
            "12, ",
            "\u1100\u1161\u11a8",
            "\u0915\u093c",
            "  ",
            "\u00c5",
            "A\u030a",
            "\u0308",
            "\uac00\u11a8",
            "x");
    return piece.list().ofMinSize(0).ofMaxSize(3_000).map(l -> String.join("", l));
  }

  /** The sample as read before windows: the first MAX_CHARS characters normalised at once. */
  private static TextSample whole(String text) {
    String window = text.substring(0, Math.min(text.length(), TextSample.MAX_CHARS));
    window = Normalizer.normalize(window, Normalizer.Form.NFC);
    List<String> words = new ArrayList<>();
    ScriptHistogram.Counter scripts = new ScriptHistogram.Counter();
    StringBuilder word = new StringBuilder();
    int letters = 0;
    for (int i = 0; i < window.length() && letters < TextSample.MAX_LETTERS; ) {
      int cp = window.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
        scripts.add(cp);
        letters++;
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return new TextSample(words, scripts.histogram(), letters);
  }

  private static void assertSameSample(TextSample actual, TextSample expected) {
    assertThat(actual.words()).isEqualTo(expected.words());
    assertThat(actual.letters()).isEqualTo(expected.letters());
    for (UnicodeScript script : UnicodeScript.values()) {
      assertThat(actual.scripts().count(script)).isEqualTo(expected.scripts().count(script));
    }
  }
}
