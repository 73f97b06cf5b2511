package org.warta.stories.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.core.Language;

class VectorsTest {

  @Test
  void sharedTermsHaveOneKeyInEveryLanguageWordsOneKeyPerLanguage() {
    assertThat(TermKey.of("e:majene", Language.INDONESIAN))
        .isEqualTo(TermKey.of("e:majene", Language.ENGLISH));
    assertThat(TermKey.of("w:banjir", Language.INDONESIAN))
        .isNotEqualTo(TermKey.of("w:banjir", Language.ENGLISH));
    assertThat(TermKey.isShared(TermKey.of("c:quake", Language.ENGLISH))).isTrue();
    assertThat(TermKey.isEntityOrNumber(TermKey.of("n:6.1", Language.ENGLISH))).isTrue();
    assertThat(TermKey.isEntityOrNumber(TermKey.of("c:quake", Language.ENGLISH))).isFalse();
    assertThat(TermKey.partition(Language.MALAY)).isEqualTo(TermKey.partition(Language.INDONESIAN));
  }

  @Test
  void sparseVectorsSortKeysAndSumDuplicates() {
    SparseVector v = SparseVector.of(new int[] {9, 3, 9}, new float[] {1f, 2f, 0.5f});
    assertThat(v.size()).isEqualTo(2);
    assertThat(v.key(0)).isEqualTo(3);
    assertThat(v.weight(9)).isEqualTo(1.5f);
    assertThat(v.normalised().norm2()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThatThrownBy(() -> SparseVector.of(new int[] {1}, new float[0]))
        .hasMessageContaining("differ in length");
  }

  @Test
  void centroidsAddSubtractAndKeepTheirHeaviestTerms() {
    Centroid c = new Centroid();
    c.add(SparseVector.of(new int[] {1, 2, 3}, new float[] {3f, 2f, 1f}), 1f, 2);
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.weight(3)).isZero(); // the lightest term went over the cap
    c.add(SparseVector.of(new int[] {1}, new float[] {3f}), -1f, 10);
    assertThat(c.weight(1)).isZero(); // taken out entirely
    assertThat(c.weight(2)).isEqualTo(2f);
  }

  @Test
  void idfFallsAsATermSpreadsAndThePriorKeepsFirstArticlesUsable() {
    TermStatistics stats = new TermStatistics(10, 1_000, 5);
    int rare = 17;
    int common = 42;
    stats.observe(new int[] {rare, common});
    double firstIdf = stats.idf(common);
    assertThat(firstIdf).isGreaterThan(1.0); // the prior: one article does not make a term common
    for (int i = 0; i < 20; i++) {
      stats.observe(new int[] {common});
    }
    assertThat(stats.idf(common)).isLessThan(stats.idf(rare));
  }

  @Test
  void statisticsHalveSoThatTheyFollowTheRecentStream() {
    TermStatistics stats = new TermStatistics(10, 4, 0);
    for (int i = 0; i < 4; i++) {
      stats.observe(new int[] {1});
    }
    assertThat(stats.documents()).isEqualTo(2.0);
  }

  @Test
  void weightingGivesUnitVectorsOfTheHeaviestTerms() {
    TermStatistics stats = new TermStatistics(12, 1_000, 5);
    SparseVector v =
        Weighting.weigh(
            Map.of("e:sarolangit", 3f, "c:quake", 2f, "w:warga", 1f),
            Language.INDONESIAN,
            stats,
            2);
    assertThat(v.size()).isEqualTo(2);
    assertThat(v.norm2()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(v.weight(TermKey.of("e:sarolangit", Language.INDONESIAN))).isPositive();
    assertThat(Weighting.weigh(Map.of(), Language.ENGLISH, stats, 10).size()).isZero();
  }
}
