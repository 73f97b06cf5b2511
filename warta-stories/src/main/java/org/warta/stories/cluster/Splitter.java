package org.warta.stories.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds whether a story holds two events. Articles of two different events of the same kind (two
 * acquisitions, two arrests of players of one club) can look alike to the first article of the
 * second event, so it joins the first event's story; as more articles arrive the two groups become
 * distinct. The test: cut the story's members in two by two-means (seeded with the member least
 * like the whole and the member least like that one, up to {@link #ITERATIONS} rounds of
 * reassignment), improve a near miss by moving members that sit on the wrong side ({@link
 * #refine}), and accept the cut when both parts have at least {@code minPart} members and the
 * silhouette of the cut reaches {@code threshold}.
 */
final class Splitter {
  static final int ITERATIONS = 8;

  /** Cuts this close below the threshold are refined by single moves. */
  static final double REFINE_MARGIN = 0.15;

  static final int REFINE_PASSES = 3;

  private Splitter() {}

  /** A cut (larger part first) when the members form two separate groups. */
  static Optional<List<List<Member>>> split(List<Member> members, int minPart, double threshold) {
    if (members.size() < 2 * minPart) {
      return Optional.empty();
    }
    Space space = new Space(members);
    Optional<Part[]> cut = twoMeans(space);
    if (cut.isEmpty()) {
      return Optional.empty();
    }
    Part a = cut.get()[0];
    Part b = cut.get()[1];
    double silhouette = Part.silhouette(a, b);
    if (silhouette >= threshold - REFINE_MARGIN && silhouette < threshold) {
      Part[] better = refine(a, b, silhouette, space);
      a = better[0];
      b = better[1];
      silhouette = Part.silhouette(a, b);
    }
    if (a.size() < minPart || b.size() < minPart || silhouette < threshold) {
      return Optional.empty();
    }
    Part larger = a.size() >= b.size() ? a : b;
    Part smaller = larger == a ? b : a;
    return Optional.of(List.of(larger.members(), smaller.members()));
  }

  /**
   * Improves a near-miss cut: members whose own silhouette is negative (closer to the other part)
   * are moved one at a time while that raises the cut's silhouette. Two-means optimises similarity
   * to the part centroids, not separation, and one or two misplaced members can hide two clear
   * groups.
   */
  static Part[] refine(Part a, Part b, double silhouette, Space space) {
    Part bestA = a;
    Part bestB = b;
    double best = silhouette;
    for (int pass = 0; pass < REFINE_PASSES; pass++) {
      boolean improved = false;
      for (int m = 0; m < space.size(); m++) {
        boolean inA = bestA.contains(m);
        Part own = inA ? bestA : bestB;
        Part other = inA ? bestB : bestA;
        if (own.size() <= 1 || Part.silhouetteOf(m, own, other) >= 0) {
          continue;
        }
        Part[] moved = move(m, own, other, space);
        double s = Part.silhouette(moved[0], moved[1]);
        if (s > best) {
          best = s;
          bestA = inA ? moved[0] : moved[1];
          bestB = inA ? moved[1] : moved[0];
          improved = true;
        }
      }
      if (!improved) {
        break;
      }
    }
    return new Part[] {bestA, bestB};
  }

  private static Part[] move(int m, Part from, Part to, Space space) {
    int[] rest = Arrays.stream(from.indexes()).filter(x -> x != m).toArray();
    int[] more = Arrays.copyOf(to.indexes(), to.size() + 1);
    more[more.length - 1] = m;
    return new Part[] {new Part(space, rest), new Part(space, more)};
  }

  static Optional<Part[]> twoMeans(Space space) {
    int n = space.size();
    int seedA = leastLike(Part.all(space), n, -1);
    int seedB = leastLike(new Part(space, new int[] {seedA}), n, seedA);
    Part a = new Part(space, new int[] {seedA});
    Part b = new Part(space, new int[] {seedB});
    boolean[] inA = new boolean[n];
    for (int round = 0; round < ITERATIONS; round++) {
      boolean[] next = new boolean[n];
      int[] left = new int[n];
      int[] right = new int[n];
      int leftSize = 0;
      int rightSize = 0;
      for (int i = 0; i < n; i++) {
        next[i] = a.similarity(i, false) >= b.similarity(i, false);
        if (next[i]) {
          left[leftSize++] = i;
        } else {
          right[rightSize++] = i;
        }
      }
      if (leftSize == 0 || rightSize == 0) {
        return Optional.empty();
      }
      boolean stable = round > 0 && Arrays.equals(next, inA);
      inA = next;
      a = new Part(space, Arrays.copyOf(left, leftSize));
      b = new Part(space, Arrays.copyOf(right, rightSize));
      if (stable) {
        break;
      }
    }
    return Optional.of(new Part[] {a, b});
  }

  private static int leastLike(Part reference, int n, int skip) {
    int best = skip == 0 ? 1 : 0;
    double lowest = Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (i == skip) {
        continue;
      }
      double s = reference.similarity(i, false);
      if (s < lowest) {
        lowest = s;
        best = i;
      }
    }
    return best;
  }
}
