package org.warta.stories.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.warta.stories.vector.Centroid;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.TermKey;

class ArticleTermsTest {
  @Test
  void scoresExactlyAsTheMergeOfBothTermLists() {
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 2_000; round++) {
      SparseVector article = randomVector(random, 1 + random.nextInt(96)).normalised();
      Centroid story = new Centroid();
      for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
        story.add(randomVector(random, 1 + random.nextInt(96)).normalised(), 1f, 128);
      }
      int partition = TermKey.FIRST_LANGUAGE + random.nextInt(2);
      int mask = random.nextInt(1 << TermKey.PARTITIONS);
      double[] expected = new double[2];
      double[] actual = new double[2];
      Similarity.score(article, partition, story, mask, expected);
      new ArticleTerms(article, partition).score(story, mask, actual);
      assertThat(actual).containsExactly(expected[0], expected[1]);
    }
  }

  @Test
  void anArticleWithoutEntitiesIsNotConstrained() {
    SparseVector words = SparseVector.of(new int[] {key(3, 1), key(3, 2)}, new float[] {1, 1});
    double[] result = new double[2];
    new ArticleTerms(words.normalised(), 3).score(Centroid.of(words), 1 << 3, result);
    assertThat(result[0]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result[1]).isEqualTo(1.0);
  }

  /** Keys drawn from a small range so that article and story share many of them. */
  private static SparseVector randomVector(SplittableRandom random, int terms) {
    int[] keys = new int[terms];
    float[] values = new float[terms];
    for (int i = 0; i < terms; i++) {
      keys[i] = key(random.nextInt(5), random.nextInt(150));
      values[i] = (float) random.nextDouble(0.01, 1);
    }
    return SparseVector.of(keys, values);
  }

  private static int key(int partition, int hash) {
    return (partition << 27) | hash;
  }
}
