package org.warta.langid.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;

class CorpusTablesTest {
  private static final ConditionalTables BASE =
      new ConditionalTables(
          new Language("id"), List.of(Map.of("a", Math.log(0.5), "q", Math.log(0.5))));

  @Test
  void conditionalProbabilitiesAreDiscountedCounts() {
    ConditionalTables t = CorpusTables.train(new Language("jv"), List.of("ing ing ing ana"), BASE);
    // "in" is followed by g three times out of three: (3 - 0.5) / 3
    assertThat(Math.exp(t.orders().get(2).get("ing"))).isCloseTo(2.5 / 3, within());
    // after "a" comes n once and... only n: (1 - 0.5) / 1
    assertThat(Math.exp(t.orders().get(1).get("an"))).isCloseTo(0.5, within());
  }

  @Test
  void lettersOnlyTheBaseLanguageHasKeepASmallProbability() {
    ConditionalTables t = CorpusTables.train(new Language("su"), List.of("aaa"), BASE);
    assertThat(Math.exp(t.orders().get(0).get("q")))
        .isCloseTo(CorpusTables.BASE_SHARE * 0.5, within());
    assertThat(Math.exp(t.orders().get(0).get("a")))
        .isCloseTo(1 - CorpusTables.BASE_SHARE + CorpusTables.BASE_SHARE * 0.5, within());
  }

  @Test
  void pruningKeepsTheMostFrequentNgramsAndQuantises() {
    ConditionalTables t =
        CorpusTables.train(new Language("jv"), List.of("ing ing ing ana ana sing"), BASE);
    // joint P("an") = P(a) P(n|a) = (0.9 * 4/19 + 0.05) * 0.75 beats P("in") = 0.9 * 4/19 * 0.875
    var table = t.prune(new int[] {0, 1});
    assertThat(table.orders().get(1)).containsOnlyKeys("an");
    assertThat(table.orders().get(1).get("an")).isEqualTo((int) Math.round(-Math.log(0.75) / 0.08));
    assertThat(table.language().script()).isEqualTo(Character.UnicodeScript.LATIN);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
