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
    boolean same = has(languageMask, partition);
    double dot = 0;
    double nv = 0;
    double nc = 0;
    int i = 0;
    int j = 0;
    while (i < v.size() || j < c.size()) {
      int a = i < v.size() ? v.key(i) : Integer.MAX_VALUE;
      int b = j < c.size() ? c.key(j) : Integer.MAX_VALUE;
      if (a <= b) {
        boolean counts = relevant(a, partition, same);
        double x = v.value(i++);
        if (counts) {
          nv += x * x;
          if (a == b) {
            double y = c.value(j++);
            dot += x * y;
            nc += y * y;
          }
        } else if (a == b) {
          j++;
        }
      } else {
        if (relevant(b, partition, same)) {
          double y = c.value(j);
          nc += y * y;
        }
        j++;
      }
    }
    return nv > 0 && nc > 0 ? dot / Math.sqrt(nv * nc) : 0;
  }

  /** Whether a key counts when an article of {@code partition} is compared. */
  static boolean relevant(int key, int partition, boolean sameLanguage) {
    return TermKey.isShared(key) || (sameLanguage && TermKey.partitionOf(key) == partition);
  }
}
