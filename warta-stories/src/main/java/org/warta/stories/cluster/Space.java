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
    this.index = new int[members.size()][];
    this.value = new float[members.size()][];
    for (int m = 0; m < members.size(); m++) {
      SparseVector v = members.get(m).vector();
      index[m] = new int[v.size()];
      value[m] = new float[v.size()];
      for (int i = 0; i < v.size(); i++) {
        index[m][i] = Arrays.binarySearch(keys, v.key(i));
        value[m][i] = v.value(i);
      }
    }
  }

  int size() {
    return members.size();
  }

  int partition(int member) {
    return members.get(member).partition();
  }
}
