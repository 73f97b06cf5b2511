package org.warta.stories.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds whether a story holds two events. Articles of two different events of the same kind (two
 * acquisitions, two arrests of players of one club) can look alike to the first article of the
 * second event, so it joins the first event's story; as more articles arrive the two groups become
 * distinct. The test: cut the story's members in two by two-means (seeded with the member least
 * like the whole and the member least like that one, up to {@link #ITERATIONS} rounds of
 * reassignment), and accept the cut when both parts have at least {@code minPart} members and the
 * silhouette of the cut reaches {@code threshold}.
 */
final class Splitter {
  static final int ITERATIONS = 8;

  /** Cuts this close below the threshold are refined by single moves. */
  static final double REFINE_MARGIN = 0.15;

  static final int REFINE_PASSES = 3;

  private Splitter() {}

  /** A cut (larger part first) when the members form two separate groups. */
  static Optional<Part[]> split(List<Member> members, int minPart, double threshold) {
    if (members.size() < 2 * minPart) {
      return Optional.empty();
    }
    Optional<Part[]> cut = twoMeans(members);
    if (cut.isEmpty()) {
      return cut;
    }
    Part a = cut.get()[0];
    Part b = cut.get()[1];
    double silhouette = Part.silhouette(a, b);
    if (silhouette >= threshold - REFINE_MARGIN && silhouette < threshold) {
      Part[] better = refine(a, b, silhouette);
      a = better[0];
      b = better[1];
      silhouette = Part.silhouette(a, b);
    }
    if (a.size() < minPart || b.size() < minPart || silhouette < threshold) {
      return Optional.empty();
    }
    return Optional.of(a.size() >= b.size() ? new Part[] {a, b} : new Part[] {b, a});
  }

  /**
   * Improves a near-miss cut by moving single members to the other part while that raises the
   * silhouette (two-means optimises similarity to the part centroids, not separation, and one or
   * two misplaced members can hide two clear groups).
   */
  static Part[] refine(Part a, Part b, double silhouette) {
    Part bestA = a;
    Part bestB = b;
    double best = silhouette;
    for (int pass = 0; pass < REFINE_PASSES; pass++) {
      boolean improved = false;
      for (Member m : List.copyOf(bestA.members())) {
        Part[] moved = move(m, bestA, bestB);
        double s = moved[0].size() == 0 ? -1 : Part.silhouette(moved[0], moved[1]);
        if (s > best) {
          best = s;
          bestA = moved[0];
          bestB = moved[1];
          improved = true;
        }
      }
      for (Member m : List.copyOf(bestB.members())) {
        Part[] moved = move(m, bestB, bestA);
        double s = moved[0].size() == 0 ? -1 : Part.silhouette(moved[1], moved[0]);
        if (s > best) {
          best = s;
          bestA = moved[1];
          bestB = moved[0];
          improved = true;
        }
      }
      if (!improved) {
        break;
      }
    }
    return new Part[] {bestA, bestB};
  }

  private static Part[] move(Member m, Part from, Part to) {
    List<Member> rest = new ArrayList<>(from.members());
    rest.remove(m);
    List<Member> more = new ArrayList<>(to.members());
    more.add(m);
    return new Part[] {new Part(rest), new Part(more)};
  }

  static Optional<Part[]> twoMeans(List<Member> members) {
    int n = members.size();
    Part all = new Part(members);
    int seedA = leastLike(members, all, -1);
    int seedB = leastLike(members, new Part(List.of(members.get(seedA))), seedA);
    Part a = new Part(List.of(members.get(seedA)));
    Part b = new Part(List.of(members.get(seedB)));
    boolean[] inA = new boolean[n];
    for (int round = 0; round < ITERATIONS; round++) {
      boolean[] next = new boolean[n];
      List<Member> left = new ArrayList<>();
      List<Member> right = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Member m = members.get(i);
        next[i] = a.similarity(m, false) >= b.similarity(m, false);
        (next[i] ? left : right).add(m);
      }
      if (left.isEmpty() || right.isEmpty()) {
        return Optional.empty();
      }
      boolean stable = round > 0 && Arrays.equals(next, inA);
      inA = next;
      a = new Part(left);
      b = new Part(right);
      if (stable) {
        break;
      }
    }
    return Optional.of(new Part[] {a, b});
  }

  private static int leastLike(List<Member> members, Part reference, int skip) {
    int best = skip == 0 ? 1 : 0;
    double lowest = Double.MAX_VALUE;
    for (int i = 0; i < members.size(); i++) {
      if (i == skip) {
        continue;
      }
      double s = reference.similarity(members.get(i), false);
      if (s < lowest) {
        lowest = s;
        best = i;
      }
    }
    return best;
  }
}
