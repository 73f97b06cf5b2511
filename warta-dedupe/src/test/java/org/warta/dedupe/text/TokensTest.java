package org.warta.dedupe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class TokensTest {

  @Property
  void caseSpacingAndPunctuationDoNotChangeTokens(
      @ForAll("words") @Size(min = 1, max = 40) List<String> words,
      @ForAll("separators") @Size(min = 40, max = 40) List<String> separators) {
    StringBuilder plain = new StringBuilder();
    StringBuilder decorated = new StringBuilder("“");
    for (int i = 0; i < words.size(); i++) {
      plain.append(words.get(i)).append(' ');
      String w = i % 2 == 0 ? words.get(i).toUpperCase(java.util.Locale.ROOT) : words.get(i);
      decorated.append(w).append(separators.get(i));
    }

    assertThat(tokens(decorated.toString())).containsExactly(tokens(plain.toString()));
    assertThat(Tokens.count(decorated)).isEqualTo(words.size());
  }

  @Property
  void theSequenceHashDependsOnlyOnTheTokens(
      @ForAll("words") @Size(min = 1, max = 30) List<String> words) {
    Tokens a = new Tokens();
    a.add(String.join(" ", words));
    Tokens b = new Tokens();
    b.add(String.join(" -- ", words).toUpperCase(java.util.Locale.ROOT) + ".");

    assertThat(a.sequenceHash()).isEqualTo(b.sequenceHash());
  }

  @Property
  void shinglesOverlapByOneWord(@ForAll("words") @Size(min = 5, max = 60) List<String> words) {
    Tokens t = new Tokens();
    t.add(String.join(" ", words));
    Shingles s = Shingles.of(t);

    assertThat(s.sequence()).hasSize(words.size() - Shingles.SIZE + 1);
    Tokens tail = new Tokens();
    tail.add(String.join(" ", words.subList(1, words.size())));
    long[] shifted = Shingles.of(tail).sequence();
    for (int i = 0; i < shifted.length; i++) {
      assertThat(shifted[i]).isEqualTo(s.sequence()[i + 1]);
    }
  }

  private static long[] tokens(String text) {
    Tokens t = new Tokens();
    t.add(text);
    return t.toArray();
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("éö")
        .ofMinLength(1)
        .ofMaxLength(9)
        .list();
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of(" ", "  ", ", ", " - ", " -- ", "! ", "\n", "\u00A0", " “", "” ", "...")
        .list();
  }
}
