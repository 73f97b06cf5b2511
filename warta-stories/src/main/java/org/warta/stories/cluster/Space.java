package org.warta.stories.cluster;

import java.util.Arrays;
import java.util.List;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.TermKey;

/**
 * The members of one split or merge test over a dense numbering of the terms they use, so that part
 * sums are plain arrays and a member's similarity to a part costs one pass over its own terms.
 */
final class Space {
  final List<Member> members;
  final int dimensions;
  final int[] partitionOf;
  final int[][] index;
  final float[][] value;

  Space(List<Member> members) {
    this.members = members;
    int total = 0;
    for (Member m : members) {
      total += m.vector().size();
    }
    int[] all = new int[total];
    int n = 0;
    for (Member m : members) {
      for (int i = 0; i < m.vector().size(); i++) {
        all[n++] = m.vector().key(i);
      }
    }
    Arrays.sort(all);
    int unique = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[unique++] = all[i];
      }
    }
    int[] keys = Arrays.copyOf(all, unique);
    this.dimensions = unique;
    this.partitionOf = new int[unique];
    for (int d = 0; d < unique; d++) {
      partitionOf[d] = TermKey.partitionOf(keys[d]);
    }
    DenseNumbers numbers = new DenseNumbers(keys);
    this.index = new int[members.size()][];
    this.value = new float[members.size()][];
    for (int m = 0; m < members.size(); m++) {
      SparseVector v = members.get(m).vector();
      index[m] = new int[v.size()];
      value[m] = new float[v.size()];
      for (int i = 0; i < v.size(); i++) {
        index[m][i] = numbers.of(v.key(i));
        value[m][i] = v.value(i);
      }
    }
  }

  /** Term key to its dense number (its rank among the distinct keys), by open addressing. */
  private static final class DenseNumbers {
    private final int[] keys;
    private final int[] numbers;
    private final int mask;

    DenseNumbers(int[] sortedDistinct) {
      int capacity = Integer.highestOneBit(Math.max(2, sortedDistinct.length) * 2 - 1) << 1;
      keys = new int[capacity];
      numbers = new int[capacity];
      mask = capacity - 1;
      Arrays.fill(keys, -1); // term keys are 31-bit, never negative
      for (int d = 0; d < sortedDistinct.length; d++) {
        int slot = mix(sortedDistinct[d]) & mask;
        while (keys[slot] != -1) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = sortedDistinct[d];
        numbers[slot] = d;
      }
    }

    /** The number of a key that is among the distinct keys. */
    int of(int key) {
      int slot = mix(key) & mask;
      while (keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return numbers[slot];
    }

    private static int mix(int key) {
      int h = key * 0x9E3779B1;
      return h ^ (h >>> 16);
    }
  }

  int size() {
    return members.size();
  }

  int partition(int member) {
    return members.get(member).partition();
  }
}
