package org.warta.stories.cluster;

import java.util.ArrayList;
import java.util.List;
import org.warta.stories.vector.TermKey;

/**
 * A group of members of a {@link Space} with the dense sum of their vectors, squared length per
 * partition and count per partition, for the split and merge tests. Similarities are language-aware
 * like {@link Similarity} and can leave a member's own contribution out (leave-one-out).
 */
final class Part {
  private final Space space;
  private final int[] members;
  private final double[] sum;
  private final double[] norm2 = new double[TermKey.PARTITIONS];
  private final int[] count = new int[TermKey.PARTITIONS];

  Part(Space space, int[] members) {
    this.space = space;
    this.members = members;
    this.sum = new double[space.dimensions];
    for (int m : members) {
      int[] idx = space.index[m];
      float[] val = space.value[m];
      for (int i = 0; i < idx.length; i++) {
        sum[idx[i]] += val[i];
      }
      count[space.partition(m)]++;
    }
    for (int d = 0; d < sum.length; d++) {
      norm2[space.partitionOf[d]] += sum[d] * sum[d];
    }
  }

  /** All members of a space as one part. */
  static Part all(Space space) {
    int[] m = new int[space.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = i;
    }
    return new Part(space, m);
  }

  int size() {
    return members.length;
  }

  int[] indexes() {
    return members.clone();
  }

  List<Member> members() {
    List<Member> out = new ArrayList<>(members.length);
    for (int m : members) {
      out.add(space.members.get(m));
    }
    return out;
  }

  boolean contains(int member) {
    for (int m : members) {
      if (m == member) {
        return true;
      }
    }
    return false;
  }

  /** Similarity of a member to this part; {@code self}: the member belongs to it, leave it out. */
  double similarity(int member, boolean self) {
    int partition = space.partition(member);
    boolean same = count[partition] - (self ? 1 : 0) > 0;
    double dot = 0;
    double nv = 0;
    int[] idx = space.index[member];
    float[] val = space.value[member];
    for (int i = 0; i < idx.length; i++) {
      int p = space.partitionOf[idx[i]];
      if (p < TermKey.FIRST_LANGUAGE || (same && p == partition)) {
        double x = val[i];
        nv += x * x;
        dot += x * sum[idx[i]];
      }
    }
    double nc = sharedNorm2() + (same ? norm2[partition] : 0);
    if (self) {
      nc = nc - 2 * dot + nv;
      dot -= nv;
    }
    return nv > 0 && nc > 1e-12 ? dot / Math.sqrt(nv * nc) : 0;
  }

  private double sharedNorm2() {
    double s = 0;
    for (int i = 0; i < TermKey.FIRST_LANGUAGE; i++) {
      s += norm2[i];
    }
    return s;
  }

  /**
   * Cosine of the two parts' sums: over all terms when they share a language, else over the shared
   * terms only.
   */
  static double cosine(Part p, Part q) {
    boolean common = false;
    for (int i = TermKey.FIRST_LANGUAGE; i < TermKey.PARTITIONS; i++) {
      common |= p.count[i] > 0 && q.count[i] > 0;
    }
    double dot = 0;
    double np = 0;
    double nq = 0;
    for (int d = 0; d < p.sum.length; d++) {
      if (common || p.space.partitionOf[d] < TermKey.FIRST_LANGUAGE) {
        dot += p.sum[d] * q.sum[d];
        np += p.sum[d] * p.sum[d];
        nq += q.sum[d] * q.sum[d];
      }
    }
    return np > 0 && nq > 0 ? dot / Math.sqrt(np * nq) : 0;
  }

  /**
   * Silhouette of the two-part partition (Rousseeuw 1987, with similarity instead of distance): for
   * each member, {@code (a - b) / max(a, b)} with {@code a} its similarity to its own part (without
   * itself) and {@code b} to the other; the mean over all members. Near 1: two clearly separate
   * groups; near 0 or below: one group cut in two.
   */
  static double silhouette(Part p, Part q) {
    double total = 0;
    for (Part[] pair : new Part[][] {{p, q}, {q, p}}) {
      for (int m : pair[0].members) {
        total += silhouetteOf(m, pair[0], pair[1]);
      }
    }
    return total / (p.size() + q.size());
  }

  /** One member's silhouette value. */
  static double silhouetteOf(int m, Part own, Part other) {
    double a = own.size() > 1 ? own.similarity(m, true) : 0;
    double b = other.similarity(m, false);
    return (a - b) / Math.max(Math.max(a, b), 1e-9);
  }
}
