package org.warta.stories.cluster;

import org.warta.stories.vector.Centroid;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.TermKey;

/**
 * Cosine similarity between an article and a story (or a part of one) as seen from the article's
 * language. When the story has articles in that language, all terms count and the story's length is
 * taken over the shared terms plus that language's words. When it has none, only the shared terms
 * (entities, numbers, concepts) count, on both sides: an Indonesian article is compared with an
 * English story in the space both languages have in common, without being penalised for the words
 * the other language cannot have.
 */
public final class Similarity {
  private Similarity() {}

  /** Whether a partition mask contains the partition. */
  static boolean has(int mask, int partition) {
    return (mask & (1 << partition)) != 0;
  }

  /** The similarity of a unit article vector to a story centroid with the given language mask. */
  public static double toCentroid(SparseVector v, int partition, Centroid c, int languageMask) {
    double[] result = new double[2];
    score(v, partition, c, languageMask, result);
    return result[0];
  }

  /**
   * In one pass: {@code result[0]} = the similarity of a unit article vector to a story centroid
   * with the given language mask; {@code result[1]} = the share of the article's squared entity and
   * number weight that the centroid holds ({@link Agreement}; 1 when the article has none).
   */
  public static void score(
      SparseVector v, int partition, Centroid c, int languageMask, double[] result) {
    boolean same = has(languageMask, partition);
    double dot = 0;
    double nv = 0;
    double nc = 0;
    double entities = 0;
    double held = 0;
    int i = 0;
    int j = 0;
    while (i < v.size() || j < c.size()) {
      int a = i < v.size() ? v.key(i) : Integer.MAX_VALUE;
      int b = j < c.size() ? c.key(j) : Integer.MAX_VALUE;
      int key = Math.min(a, b);
      double x = a == key ? v.value(i++) : 0;
      double y = b == key ? c.value(j++) : 0;
      if (relevant(key, partition, same)) {
        dot += x * y;
        nv += x * x;
        nc += y * y;
      }
      if (x != 0 && TermKey.isEntityOrNumber(key)) {
        entities += x * x;
        held += y > 0 ? x * x : 0;
      }
    }
    result[0] = nv > 0 && nc > 0 ? dot / Math.sqrt(nv * nc) : 0;
    result[1] = entities == 0 ? 1 : held / entities;
  }

  /**
   * Cosine between two story centroids: over all terms when the stories share a language, else over
   * the shared terms only.
   */
  public static double betweenCentroids(Centroid a, int maskA, Centroid b, int maskB) {
    boolean common = (maskA & maskB) != 0;
    double dot = 0;
    double na = 0;
    double nb = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int ka = i < a.size() ? a.key(i) : Integer.MAX_VALUE;
      int kb = j < b.size() ? b.key(j) : Integer.MAX_VALUE;
      int key = Math.min(ka, kb);
      double x = ka == key ? a.value(i++) : 0;
      double y = kb == key ? b.value(j++) : 0;
      if (common || TermKey.isShared(key)) {
        dot += x * y;
        na += x * x;
        nb += y * y;
      }
    }
    return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  }

  /** Whether a key counts when an article of {@code partition} is compared. */
  static boolean relevant(int key, int partition, boolean sameLanguage) {
    return TermKey.isShared(key) || (sameLanguage && TermKey.partitionOf(key) == partition);
  }
}
