package org.warta.dedupe.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WindowTest {

  private static Entry entry(long id, int minute) {
    return new Entry(id, minute, minute, (int) id, 10, 1 << 24, 0, 0, 0, 0);
  }

  private static long[] sketch() {
    return new long[] {0xFFL};
  }

  @Test
  void findsArticlesByTheirKeysAcrossSealedAndMergedSegments() {
    Window w = new Window(4, 2, 1_000, 10_000);
    for (int i = 1; i <= 20; i++) {
      w.add(entry(100 + i, i), sketch(), 3, new int[] {i, 1000});
    }
    assertThat(w.segments()).isLessThan(20 / 4 + 1);

    Hits hits = new Hits();
    w.lookup(new int[] {7, 13}, 100, hits);
    assertThat(hits.top(10)).containsExactlyInAnyOrder(7L, 13L);
    assertThat(w.get(7).id()).isEqualTo(107);
    assertThat(w.get(13).publishedMinute()).isEqualTo(13);

    hits.clear();
    w.lookup(new int[] {1000}, 100, hits);
    assertThat(hits.size()).isEqualTo(20);
  }

  @Test
  void evictsWholeSegmentsOnceTheyLeaveTheTimeWindow() {
    Window w = new Window(4, 2, 1_000, 60);
    for (int i = 1; i <= 12; i++) {
      w.evict(i);
      w.add(entry(i, i), sketch(), 3, new int[] {i});
    }
    w.evict(200);

    assertThat(w.contains(1)).isFalse();
    assertThat(w.contains(12)).isTrue(); // the newest segment stays
    assertThat(w.evicted() + w.articles()).isEqualTo(12);
    assertThat(w.oldestSeq()).isGreaterThan(1);
  }

  @Test
  void keepsAtMostTheArticleCap() {
    Window w = new Window(4, 2, 10, 1_000_000);
    for (int i = 1; i <= 100; i++) {
      w.evict(i);
      w.add(entry(i, i), sketch(), 3, new int[] {i});
      assertThat(w.articles()).isLessThanOrEqualTo(10);
    }
    assertThat(w.contains(100)).isTrue();
  }

  @Test
  void articleIdsFarApartAreKept() {
    Window w = new Window(8, 1, 1_000, 1_000);
    long[] ids = {5, 6, 1L << 40, -3, Long.MAX_VALUE};
    for (int i = 0; i < ids.length; i++) {
      w.add(entry(ids[i], i), sketch(), 3, new int[] {i});
    }
    for (int i = 0; i < ids.length; i++) {
      assertThat(w.get(i + 1).id()).isEqualTo(ids[i]);
    }
  }

  @Test
  void groupsAreStoredPerArticle() {
    Window w = new Window(4, 2, 1_000, 1_000);
    for (int i = 1; i <= 9; i++) {
      w.add(entry(i, i), sketch(), 3, new int[] {i});
    }
    w.get(2).setGroup(5);
    w.add(entry(10, 10), sketch(), 3, new int[] {10}); // seals and merges the first segments

    assertThat(w.get(2).group()).isEqualTo(5);
    assertThat(w.get(3).group()).isEqualTo(-1);
  }

  @Property(tries = 60)
  void sortedPostingsReturnExactlyThePostedSlots(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 300_000) int size) {
    SplittableRandom r = new SplittableRandom(seed);
    int keySpace = Math.max(1, size / 3);
    int[] keys = new int[size];
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = r.nextInt(keySpace) * 0x9E3779B1;
      packed[i] = ((keys[i] & 0xFFFFFFFFL) << 16) | (i & 0xFFFF);
    }
    SortedPostings p = SortedPostings.ofPacked(packed.clone(), size);

    for (int probe = 0; probe < 200 && size > 0; probe++) {
      int key = keys[r.nextInt(size)];
      Set<Integer> expected = new HashSet<>();
      for (int i = 0; i < size; i++) {
        if (keys[i] == key) {
          expected.add(i & 0xFFFF);
        }
      }
      Set<Integer> found = new HashSet<>();
      p.forEach(key, s -> found.add(s) || true);
      assertThat(found).isEqualTo(expected);
    }
    int absent = 0x12345677;
    if (Arrays.stream(keys).noneMatch(k -> k == absent)) {
      Set<Integer> none = new HashSet<>();
      p.forEach(absent, s -> none.add(s) || true);
      assertThat(none).isEmpty();
    }
    assertThat(p.size()).isEqualTo(size);
  }
}
