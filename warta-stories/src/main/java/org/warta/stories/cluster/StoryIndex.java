package org.warta.stories.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.warta.core.ArticleId;
import org.warta.stories.vector.Centroid;
import org.warta.stories.vector.SparseVector;
import org.warta.stories.vector.Weighting;

/**
 * The live stories: slots, lookup by id, and the inverted index over each story's heaviest centroid
 * terms that finds candidate stories for an article without comparing it to all of them.
 */
final class StoryIndex {
  private final int indexTerms;
  private final PostingTable postings;
  private final List<@Nullable StoryState> slots = new ArrayList<>();
  private final Deque<Integer> free = new ArrayDeque<>();
  private final Map<Long, StoryState> byId = new HashMap<>();
  private float[] score = new float[0];
  private int[] stamp = new int[0];
  private int round;

  StoryIndex(int indexTerms, int maxPostings) {
    this.indexTerms = indexTerms;
    this.postings = new PostingTable(maxPostings);
  }

  StoryState create(long id, ArticleId lead) {
    int slot = free.isEmpty() ? slots.size() : free.pop();
    StoryState s = new StoryState(slot, id, lead);
    if (slot == slots.size()) {
      slots.add(s);
    } else {
      slots.set(slot, s);
    }
    byId.put(id, s);
    if (score.length < slots.size()) {
      score = Arrays.copyOf(score, slots.size() * 2);
      stamp = Arrays.copyOf(stamp, slots.size() * 2);
    }
    return s;
  }

  @Nullable StoryState byId(long id) {
    return byId.get(id);
  }

  /**
   * Whether the story is still indexed (not evicted or absorbed since it was found): its slot still
   * holds it. Same answer as {@code byId(s.id) == s}, without a hash lookup.
   */
  boolean isLive(StoryState s) {
    return s.slot < slots.size() && slots.get(s.slot) == s;
  }

  /** Re-registers a story under a new id (after a split the new part gets one). */
  void rename(StoryState s, long id) {
    byId.remove(s.id);
    s.id = id;
    byId.put(id, s);
  }

  void remove(StoryState s) {
    for (int key : s.indexTerms) {
      postings.remove(key, s.slot);
    }
    s.indexTerms = new int[0];
    byId.remove(s.id);
    slots.set(s.slot, null);
    free.push(s.slot);
  }

  /** Re-indexes a story under its current heaviest centroid terms. */
  void refresh(StoryState s) {
    Centroid c = s.centroid;
    int[] keys = new int[c.size()];
    float[] values = new float[c.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = c.key(i);
      values[i] = c.value(i);
    }
    SparseVector top = Weighting.topOf(keys, values, indexTerms);
    int[] next = new int[top.size()];
    for (int i = 0; i < next.length; i++) {
      next[i] = top.key(i);
    }
    for (int key : s.indexTerms) {
      if (Arrays.binarySearch(next, key) < 0) {
        postings.remove(key, s.slot);
      }
    }
    for (int key : next) {
      if (Arrays.binarySearch(s.indexTerms, key) < 0) {
        postings.add(key, s.slot);
      }
    }
    s.indexTerms = next;
  }

  /**
   * Stories indexed under the article's heaviest {@code queryTerms} terms, best first by the sum of
   * the article weights of the terms they share, at most {@code max}.
   */
  List<StoryState> candidates(SparseVector v, int queryTerms, int max) {
    round++;
    SparseVector query = Weighting.topOf(keysOf(v), valuesOf(v), queryTerms);
    List<StoryState> found = new ArrayList<>();
    for (int i = 0; i < query.size(); i++) {
      int entry = postings.entry(query.key(i));
      int[] list = postings.slots(entry);
      int n = postings.count(entry);
      for (int j = 0; j < n; j++) {
        int slot = list[j];
        if (stamp[slot] != round) {
          stamp[slot] = round;
          score[slot] = 0;
          found.add(slots.get(slot));
        }
        score[slot] += query.value(i);
      }
    }
    if (found.size() <= max) {
      return found;
    }
    float[] scores = new float[found.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = score[found.get(i).slot];
    }
    Arrays.sort(scores);
    float cutoff = scores[scores.length - max];
    List<StoryState> best = new ArrayList<>(max);
    for (StoryState s : found) {
      if (score[s.slot] > cutoff) {
        best.add(s);
      }
    }
    for (StoryState s : found) { // ties at the cutoff, in index order, up to max
      if (best.size() < max && score[s.slot] == cutoff) {
        best.add(s);
      }
    }
    return best;
  }

  /** Every live story (a copy). */
  List<StoryState> live() {
    List<StoryState> out = new ArrayList<>(byId.size());
    for (StoryState s : slots) {
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  int size() {
    return byId.size();
  }

  long bytes() {
    long b = postings.bytes() + 16 + 8L * score.length + 64L * byId.size() + 8L * slots.size();
    for (StoryState s : slots) {
      if (s != null) {
        b += s.bytes();
      }
    }
    return b;
  }

  private static int[] keysOf(SparseVector v) {
    int[] k = new int[v.size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = v.key(i);
    }
    return k;
  }

  private static float[] valuesOf(SparseVector v) {
    float[] w = new float[v.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = v.value(i);
    }
    return w;
  }
}
