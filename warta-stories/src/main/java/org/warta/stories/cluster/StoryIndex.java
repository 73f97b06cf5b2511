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

  /**
   * Per slot, the candidate search's tally: the search round in the high 32 bits, the slot's score
   * in that round (float bits) in the low 32, so that a posting visit touches one array element.
   */
  private long[] tally = new long[0];

  private int round;

  private static final long ROUND_BITS = 0xffff_ffff_0000_0000L;
  private static final long SCORE_BITS = 0x0000_0000_ffff_ffffL;

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
    if (tally.length < slots.size()) {
      tally = Arrays.copyOf(tally, slots.size() * 2);
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
    long tag = (long) round << 32;
    SparseVector query = Weighting.topOf(keysOf(v), valuesOf(v), queryTerms);
    int[] found = new int[64];
    int count = 0;
    for (int i = 0; i < query.size(); i++) {
      int entry = postings.entry(query.key(i));
      int[] list = postings.slots(entry);
      int n = postings.count(entry);
      float weight = query.value(i);
      for (int j = 0; j < n; j++) {
        int slot = list[j];
        long t = tally[slot];
        float score;
        if ((t & ROUND_BITS) == tag) {
          score = Float.intBitsToFloat((int) t);
        } else {
          score = 0;
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = slot;
        }
        tally[slot] = tag | (Float.floatToRawIntBits(score + weight) & SCORE_BITS);
      }
    }
    if (count <= max) {
      List<StoryState> all = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        all.add(slots.get(found[i]));
      }
      return all;
    }
    float[] scores = new float[count];
    for (int i = 0; i < count; i++) {
      scores[i] = score(found[i]);
    }
    Arrays.sort(scores);
    float cutoff = scores[scores.length - max];
    List<StoryState> best = new ArrayList<>(max);
    for (int i = 0; i < count; i++) {
      if (score(found[i]) > cutoff) {
        best.add(slots.get(found[i]));
      }
    }
    for (int i = 0; i < count; i++) { // ties at the cutoff, in index order, up to max
      if (best.size() < max && score(found[i]) == cutoff) {
        best.add(slots.get(found[i]));
      }
    }
    return best;
  }

  private float score(int slot) {
    return Float.intBitsToFloat((int) tally[slot]);
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
    long b = postings.bytes() + 16 + 8L * tally.length + 64L * byId.size() + 8L * slots.size();
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
