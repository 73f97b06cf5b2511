package org.warta.stories.cluster;

import org.warta.stories.vector.Centroid;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.TermKey;

/**
 * An article vector laid out for scoring many candidate stories: its terms in a small hash table,
 * and the sums that do not depend on the story computed once. {@link #score} gives exactly what
 * {@link Similarity#score} gives (same terms summed in the same key order), in one pass over the
 * story's centroid with a table lookup per centroid term instead of a merge of both term lists.
 */
final class ArticleTerms {
  private static final int EMPTY = -1; // term keys are 31-bit, never negative

  private final int partition;
  private final int[] table;
  private final double[] weights;
  private final int mask;

  /** Squared length over the shared terms and the article's own language partition. */
  private final double norm2Same;

  /** Squared length over the shared terms only. */
  private final double norm2Shared;

  /** Squared entity and number weight. */
  private final double entities;

  ArticleTerms(SparseVector v, int partition) {
    this.partition = partition;
    int capacity = Integer.highestOneBit(Math.max(4, v.size()) * 4 - 1) << 1;
    this.table = new int[capacity];
    this.weights = new double[capacity];
    this.mask = capacity - 1;
    java.util.Arrays.fill(table, EMPTY);
    double same = 0;
    double shared = 0;
    double entity = 0;
    for (int i = 0; i < v.size(); i++) {
      int key = v.key(i);
      double x = v.value(i);
      int slot = mix(key) & mask;
      while (table[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      table[slot] = key;
      weights[slot] = x;
      if (Similarity.relevant(key, partition, true)) {
        same += x * x;
      }
      if (Similarity.relevant(key, partition, false)) {
        shared += x * x;
      }
      if (x != 0 && TermKey.isEntityOrNumber(key)) {
        entity += x * x;
      }
    }
    this.norm2Same = same;
    this.norm2Shared = shared;
    this.entities = entity;
  }

  /**
   * {@code result[0]}: similarity to the centroid of a story with this language mask; {@code
   * result[1]}: share of the article's entity and number weight the centroid holds (as {@link
   * Similarity#score}).
   */
  void score(Centroid c, int languageMask, double[] result) {
    boolean same = Similarity.has(languageMask, partition);
    double dot = 0;
    double nc = 0;
    double held = 0;
    for (int j = 0; j < c.size(); j++) {
      int key = c.key(j);
      double y = c.value(j);
      boolean relevant = Similarity.relevant(key, partition, same);
      if (relevant) {
        nc += y * y;
      }
      double x = weight(key);
      if (x != 0) {
        if (relevant) {
          dot += x * y;
        }
        if (y > 0 && TermKey.isEntityOrNumber(key)) {
          held += x * x;
        }
      }
    }
    double nv = same ? norm2Same : norm2Shared;
    result[0] = nv > 0 && nc > 0 ? dot / Math.sqrt(nv * nc) : 0;
    result[1] = entities == 0 ? 1 : held / entities;
  }

  private double weight(int key) {
    int slot = mix(key) & mask;
    while (true) {
      int k = table[slot];
      if (k == key) {
        return weights[slot];
      }
      if (k == EMPTY) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B1;
    return h ^ (h >>> 16);
  }
}
