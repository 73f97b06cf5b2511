package org.warta.langid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;

class NgramModelTest {
  private static final ModelLanguage A = new ModelLanguage(new Language("aa"), UnicodeScript.LATIN);
  private static final ModelLanguage B = new ModelLanguage(new Language("bb"), UnicodeScript.LATIN);

  /** "aa" likes the letter a and the sequence "ab"; "bb" likes b and "ba". */
  private static List<LanguageTable> tables() {
    return List.of(
        new LanguageTable(A, List.of(Map.of("a", 5, "b", 20), Map.of("ab", 2, "aa", 10))),
        new LanguageTable(B, List.of(Map.of("a", 20, "b", 5), Map.of("ba", 2, "bb", 10))));
  }

  private static NgramModel model() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.write(tables(), List.of("test model"), out);
    return ModelFile.read(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void theLanguageThatPredictsTheLettersBetterScoresHigher() throws IOException {
    Scores s = model().score(List.of("abab"));
    assertThat(s.positions()).isEqualTo(4);
    assertThat(s.of(0)).isGreaterThan(s.of(1));
    Scores t = model().score(List.of("baba"));
    assertThat(t.of(1)).isGreaterThan(t.of(0));
  }

  @Test
  void aKnownNgramScoresItsStoredProbability() throws IOException {
    // "ab": a as unigram (quantum 5), then b after a (quantum 2) in language aa
    Scores s = model().score(List.of("ab"));
    assertThat(s.of(0))
        .isCloseTo(-(5 + 2) * NgramModel.STEP, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aMissingNgramBacksOffToTheLetterWithAPenalty() throws IOException {
    // "bb" has no 2-gram "bb" in language aa: unigram b (quantum 20) plus one backoff step
    Scores s = model().score(List.of("bb"));
    double expected = -20 * NgramModel.STEP + (-20 * NgramModel.STEP + NgramModel.BACKOFF);
    assertThat(s.of(0)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void anUnknownLetterScoresTheFloor() throws IOException {
    Scores s = model().score(List.of("z"));
    assertThat(s.of(0)).isEqualTo(NgramModel.FLOOR);
    assertThat(s.of(1)).isEqualTo(NgramModel.FLOOR);
  }

  @Test
  void theFileRoundTripKeepsLanguagesAndEntries() throws IOException {
    NgramModel m = model();
    assertThat(m.languages()).containsExactly(A, B);
    assertThat(m.size()).isEqualTo(8);
  }

  @Test
  void aModelReadFromAFileWritesBackTheSameFile() throws IOException {
    NgramModel m = model();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ModelFile.write(m, List.of("again"), first);
    NgramModel again = ModelFile.read(new ByteArrayInputStream(first.toByteArray()));
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    ModelFile.write(again, List.of("again"), second);
    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    assertThat(again.score(List.of("abba")).logLikelihood())
        .containsExactly(m.score(List.of("abba")).logLikelihood());
  }

  @Test
  void everyLanguageSharingAnNgramIsFoundUnderItsKey() {
    // many languages store the same letters: each must find its own entry through the hash table
    NgramModelBuilder b = new NgramModelBuilder();
    for (int i = 0; i < 40; i++) {
      b.language(
          new ModelLanguage(
              new Language("l" + (char) ('a' + i / 26) + (char) ('a' + i % 26)),
              UnicodeScript.LATIN));
    }
    for (int i = 0; i < 40; i++) {
      b.add(i, "x", i);
      b.add(i, "y" + (char) ('a' + i % 26), 1);
    }
    Scores s = b.build().score(List.of("x"));
    for (int i = 0; i < 40; i++) {
      assertThat(s.of(i))
          .isCloseTo(-i * NgramModel.STEP, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void aFileThatIsNotAModelIsRejectedWithAReason() {
    assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(gzip("hello world"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("warta-langid model");
  }

  @Test
  void aTruncatedModelIsRejectedWithAReason() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.write(tables(), List.of(), out);
    byte[] whole =
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))
            .readAllBytes();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 5);
    assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(gzip(cut))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("corrupt");
  }

  @Test
  void ngramsLongerThanTheModelOrderAreRefused() {
    NgramModelBuilder b = new NgramModelBuilder();
    int a = b.language(A);
    assertThatThrownBy(() -> b.add(a, "abcdef", 1)).hasMessageContaining("1 to 5 letters");
  }

  private static byte[] gzip(String text) throws IOException {
    return gzip(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void codePointsAreThoseOfStringCodePoints() {
    java.util.Random random = new java.util.Random(5);
    char[] alphabet = {'a', 'Z', 'é', 'İ', 'ı', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '年', ' '};
    for (int n = 0; n < 20_000; n++) {
      char[] word = new char[random.nextInt(12)];
      for (int i = 0; i < word.length; i++) {
        word[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(word);
      int[] out = new int[s.length()];
      int length = NgramModel.codePoints(s, out);
      assertThat(java.util.Arrays.copyOf(out, length)).isEqualTo(s.codePoints().toArray());
    }
  }
}
