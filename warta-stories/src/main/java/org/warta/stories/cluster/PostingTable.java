package org.warta.stories.cluster;

import java.util.Arrays;

/**
 * The inverted index from term keys to the story slots indexed under them: open addressing on int
 * keys, each list capped at {@code maxPostings} (when full, the oldest entry is dropped: old
 * stories are the least likely to take new articles). Not thread-safe.
 */
final class PostingTable {
  private static final int EMPTY = -1;
  private static final int[] NONE = new int[0];

  private final int maxPostings;
  private int[] keys = new int[1024];
  private int[][] lists = new int[1024][];
  private int[] sizes = new int[1024];
  private int used;

  PostingTable(int maxPostings) {
    this.maxPostings = maxPostings;
    Arrays.fill(keys, EMPTY);
  }

  void add(int key, int slot) {
    int i = find(key, true);
    int[] list = lists[i];
    int n = sizes[i];
    if (n == maxPostings) {
      System.arraycopy(list, 1, list, 0, n - 1);
      n--;
    } else if (n == list.length) {
      list = Arrays.copyOf(list, Math.min(maxPostings, Math.max(4, n * 2)));
      lists[i] = list;
    }
    list[n] = slot;
    sizes[i] = n + 1;
  }

  void remove(int key, int slot) {
    int i = find(key, false);
    if (i < 0) {
      return;
    }
    int[] list = lists[i];
    int n = sizes[i];
    for (int j = 0; j < n; j++) {
      if (list[j] == slot) {
        System.arraycopy(list, j + 1, list, j, n - j - 1);
        sizes[i] = n - 1;
        return;
      }
    }
  }

  /**
   * The entry of a key, or -1 when it has none: read its slots with {@link #slots(int)} and {@link
   * #count(int)} (one hash probe for both).
   */
  int entry(int key) {
    return find(key, false);
  }

  /** The slots of an entry (a shared array: read only the first {@link #count(int)} of them). */
  int[] slots(int entry) {
    return entry < 0 ? NONE : lists[entry];
  }

  /** How many slots an entry holds. */
  int count(int entry) {
    return entry < 0 ? 0 : sizes[entry];
  }

  /** Approximate heap bytes. */
  long bytes() {
    long b = 16 + 12L * keys.length + 16;
    for (int i = 0; i < keys.length; i++) {
      if (lists[i] != null) {
        b += 16 + 4L * lists[i].length;
      }
    }
    return b;
  }

  private int find(int key, boolean create) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
    if (!create) {
      return -1;
    }
    if (used + 1 > keys.length / 2) {
      grow();
      return find(key, true);
    }
    keys[i] = key;
    lists[i] = new int[2];
    sizes[i] = 0;
    used++;
    return i;
  }

  /** Doubles the table, or rebuilds it at the same size when empty lists make up the load. */
  private void grow() {
    int live = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY && sizes[i] > 0) {
        live++;
      }
    }
    int capacity = live + 1 > keys.length / 4 ? keys.length * 2 : keys.length;
    int[] oldKeys = keys;
    int[][] oldLists = lists;
    int[] oldSizes = sizes;
    keys = new int[capacity];
    lists = new int[capacity][];
    sizes = new int[capacity];
    Arrays.fill(keys, EMPTY);
    used = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY && oldSizes[i] > 0) {
        int j = find(oldKeys[i], true);
        lists[j] = oldLists[i];
        sizes[j] = oldSizes[i];
      }
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B1;
    return h ^ (h >>> 16);
  }
}
