package org.warta.stories.cluster;

import java.util.List;
import org.warta.stories.vector.Centroid;
import org.warta.stories.vector.TermKey;

/**
 * A group of members with their uncapped vector sum, squared length per partition and count per
 * partition, for the split and merge tests. Similarities are language-aware like {@link
 * Similarity}, and can leave a member's own contribution out (leave-one-out).
 */
final class Part {
  private final List<Member> members;
  private final Centroid sum = new Centroid();
  private final double[] norm2 = new double[TermKey.PARTITIONS];
  private final int[] count = new int[TermKey.PARTITIONS];

  Part(List<Member> members) {
    this.members = List.copyOf(members);
    for (Member m : members) {
      sum.add(m.vector(), 1f, Integer.MAX_VALUE);
      count[m.partition()]++;
    }
    for (int i = 0; i < sum.size(); i++) {
      double v = sum.value(i);
      norm2[TermKey.partitionOf(sum.key(i))] += v * v;
    }
  }

  private double sharedNorm2() {
    double s = 0;
    for (int i = 0; i < TermKey.FIRST_LANGUAGE; i++) {
      s += norm2[i];
    }
    return s;
  }

  List<Member> members() {
    return members;
  }

  int size() {
    return members.size();
  }

  /** Similarity of a member to this part; {@code self}: the member belongs to it, leave it out. */
  double similarity(Member m, boolean self) {
    boolean same = count[m.partition()] - (self ? 1 : 0) > 0;
    double dot = 0;
    double nv = 0;
    for (int i = 0; i < m.vector().size(); i++) {
      int key = m.vector().key(i);
      if (Similarity.relevant(key, m.partition(), same)) {
        double x = m.vector().value(i);
        nv += x * x;
        dot += x * sum.weight(key);
      }
    }
    double nc = sharedNorm2() + (same ? norm2[m.partition()] : 0);
    if (self) {
      nc = nc - 2 * dot + nv;
      dot -= nv;
    }
    return nv > 0 && nc > 1e-12 ? dot / Math.sqrt(nv * nc) : 0;
  }

  /**
   * Cosine of the two parts' sums: over all terms when they share a language, else over the shared
   * terms only.
   */
  static double cosine(Part p, Part q) {
    boolean common = false;
    for (int i = 0; i < TermKey.PARTITIONS; i++) {
      common |= p.count[i] > 0 && q.count[i] > 0;
    }
    double dot = 0;
    double np = 0;
    double nq = 0;
    for (int i = 0; i < p.sum.size(); i++) {
      int key = p.sum.key(i);
      if (common || TermKey.isShared(key)) {
        dot += p.sum.value(i) * q.sum.weight(key);
      }
    }
    for (int i = 0; i < TermKey.PARTITIONS; i++) {
      if (common || i < TermKey.FIRST_LANGUAGE) {
        np += p.norm2[i];
        nq += q.norm2[i];
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
      for (Member m : pair[0].members) {
        double a = pair[0].size() > 1 ? pair[0].similarity(m, true) : 0;
        double b = pair[1].similarity(m, false);
        total += (a - b) / Math.max(Math.max(a, b), 1e-9);
      }
    }
    return total / (p.size() + q.size());
  }
}
