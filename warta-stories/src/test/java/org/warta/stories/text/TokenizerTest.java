package org.warta.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> texts(String s) {
    return Tokenizer.tokens(s).stream().map(Token::text).toList();
  }

  @Test
  void numbersKeepTheirSeparatorsAndLettersGluedToThemAreCutOff() {
    assertThat(texts("Gempa M6,1 dan Rp2,1 triliun; 4.700 KK; $1.2 billion"))
        .containsExactly(
            "Gempa", "M", "6,1", "dan", "Rp", "2,1", "triliun", "4.700", "KK", "1.2", "billion")
        .doesNotContain("$");
  }

  @Test
  void ordinalSuffixesAndPossessivesGoHyphensSeparate() {
    assertThat(texts("the 81st Academy Awards' host, O'Brien's U-23 hit-and-run"))
        .containsExactly(
            "the", "81", "Academy", "Awards", "host", "O'Brien", "U", "23", "hit", "and", "run");
  }

  @Test
  void sentencesEndAtFullStopsButNotAfterTitlesOrInitials() {
    List<Token> tokens =
        Tokenizer.tokens("Dr. Mark Vinar fell on Mt. Cook. Police in the U. S. said so.\nNew line");
    assertThat(tokens.stream().filter(Token::sentenceStart).map(Token::text))
        .containsExactly("Dr", "Police", "New");
    assertThat(
            tokens.stream()
                .filter(t -> t.text().equals("Cook"))
                .findFirst()
                .orElseThrow()
                .sentence())
        .isZero();
  }

  @Test
  void capitalisationHelpers() {
    Token acronym = Tokenizer.tokens("BMKG").getFirst();
    Token name = Tokenizer.tokens("Majene").getFirst();
    assertThat(acronym.allUpper()).isTrue();
    assertThat(name.capitalised()).isTrue();
    assertThat(name.allUpper()).isFalse();
    assertThat(Tokenizer.tokens("2025").getFirst().numeric()).isTrue();
  }

  @Test
  void hostileInputGivesTokensWithoutFailing() {
    String junk = "\u0000\uFFFF..,,''--" + "a".repeat(10_000) + "1,2,3,4.5.6" + "\uD83D\uDE00";
    assertThat(Tokenizer.tokens(junk)).isNotEmpty();
    assertThat(Tokenizer.tokens("")).isEmpty();
  }
}
