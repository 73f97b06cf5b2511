package org.warta.core.phrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.Language;

class BoilerplatePhrasesTest {

  /** One row of boilerplate-examples.tsv; {@code remainder} is absent when not given. */
  record Example(String lang, String kind, String line, Optional<String> remainder) {
    @Override
    public String toString() {
      return lang + " " + kind + ": " + line;
    }
  }

  static Stream<Example> examples() {
    return PhraseFixtures.rows("boilerplate-examples.tsv").stream()
        .map(
            r ->
                new Example(r[0], r[1], r[2], r.length > 3 ? Optional.of(r[3]) : Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleIsRecognisedAsItsKind(Example example) {
    Optional<PhraseMatch> match =
        BoilerplatePhrases.forLanguage(Language.of(example.lang())).match(example.line());
    if (example.kind().equals("none")) {
      assertThat(match).as("'%s' is body text", example.line()).isEmpty();
      return;
    }
    assertThat(match).as("'%s'", example.line()).isPresent();
    assertThat(match.get().kind())
        .isEqualTo(PhraseKind.valueOf(example.kind().toUpperCase(Locale.ROOT)));
    example.remainder().ifPresent(r -> assertThat(match.get().remainder()).isEqualTo(r));
  }

  @Test
  void everyListEntryIsBackedByAnExampleOfItsLanguage() {
    List<String> unbacked = new ArrayList<>();
    for (String lang : BoilerplatePhrases.languages()) {
      for (Phrase phrase : BoilerplatePhrases.forLanguage(new Language(lang)).phrases()) {
        if (phrase.language().equals(lang) && !backed(phrase)) {
          unbacked.add(lang + ": " + phrase.kind() + " '" + phrase.pattern() + "'");
        }
      }
    }
    assertThat(unbacked).as("entries without an example in boilerplate-examples.tsv").isEmpty();
  }

  private static boolean backed(Phrase phrase) {
    CompiledPhrase compiled = new CompiledPhrase(phrase);
    return examples()
        .filter(e -> e.lang().equals(phrase.language()) && !e.kind().equals("none"))
        .filter(e -> PhraseKind.valueOf(e.kind().toUpperCase(Locale.ROOT)) == phrase.kind())
        .anyMatch(
            e ->
                compiled.match(LineText.clean(e.line()), LineText.normalize(e.line())).isPresent());
  }

  @Test
  void indonesianListIncludesEnglishLabels() {
    BoilerplatePhrases id = BoilerplatePhrases.forLanguage(Language.INDONESIAN);
    assertThat(id.match("ADVERTISEMENT")).map(PhraseMatch::kind).contains(PhraseKind.LABEL);
    assertThat(id.match("Baca juga: Jalan tol baru dibuka"))
        .map(PhraseMatch::remainder)
        .contains("Jalan tol baru dibuka");
  }

  @Test
  void languageWithoutListFallsBackToEnglish() {
    BoilerplatePhrases nl = BoilerplatePhrases.forLanguage(new Language("nl"));
    assertThat(nl.isBoilerplate("Advertisement")).isTrue();
    assertThat(nl.isBoilerplate("Baca juga: Jalan tol baru dibuka")).isFalse();
    assertThat(BoilerplatePhrases.forLanguage(Language.UNDETERMINED).isBoilerplate("Baca juga: X"))
        .isTrue();
  }

  @Test
  void decorationAndSpacingAreIgnored() {
    BoilerplatePhrases id = BoilerplatePhrases.forLanguage(Language.INDONESIAN);
    assertThat(id.match("  »  Baca\u00A0juga :   Banjir   surut  "))
        .map(PhraseMatch::remainder)
        .contains("Banjir surut");
  }

  @Property
  void neverThrowsOnAnyLine(@ForAll String line) {
    BoilerplatePhrases.all().match(line);
  }

  @Property
  void longParagraphsAreNeverPromo(@ForAll("words") List<String> words) {
    String line = "Cek berita dan artikel " + String.join(" ", words) + " di Google News";
    boolean promo =
        BoilerplatePhrases.all().match(line).filter(m -> m.kind() == PhraseKind.PROMO).isPresent();
    assertThat(promo).isEqualTo(line.split(" ").length <= CompiledPhrase.MAX_PROMO_WORDS);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<String>> words() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .list()
        .ofMaxSize(80);
  }
}
