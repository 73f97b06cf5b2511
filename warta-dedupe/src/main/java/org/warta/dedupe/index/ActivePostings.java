package org.warta.dedupe.index;

import java.util.Arrays;

/**
 * The postings of the segment being filled: chained hashing over growable arrays (key, slot, next
 * posting). Costs about 14 bytes per posting, which is why only the small newest segment uses it.
 */
final class ActivePostings implements Postings {
  private int[] heads;
  private int[] keys = new int[1024];
  private char[] slots = new char[1024];
  private int[] next = new int[1024];
  private int size;

  ActivePostings() {
    heads = new int[1024];
    Arrays.fill(heads, -1);
  }

  void add(int key, int slot) {
    if (size == keys.length) {
      int n = size * 2;
      keys = Arrays.copyOf(keys, n);
      slots = Arrays.copyOf(slots, n);
      next = Arrays.copyOf(next, n);
    }
    if (size >= heads.length * 3 / 4) {
      rehash(heads.length * 2);
    }
    int b = bucket(key, heads.length);
    keys[size] = key;
    slots[size] = (char) slot;
    next[size] = heads[b];
    heads[b] = size;
    size++;
  }

  private void rehash(int capacity) {
    heads = new int[capacity];
    Arrays.fill(heads, -1);
    for (int i = 0; i < size; i++) {
      int b = bucket(keys[i], capacity);
      next[i] = heads[b];
      heads[b] = i;
    }
  }

  private static int bucket(int key, int capacity) {
    return (key * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(capacity));
  }

  @Override
  public void forEach(int key, SlotSink sink) {
    for (int i = heads[bucket(key, heads.length)]; i >= 0; i = next[i]) {
      if (keys[i] == key) {
        if (!sink.accept(slots[i])) {
          return;
        }
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long bytes() {
    return 4L * heads.length + 10L * keys.length;
  }

  /** The postings sorted by key, for sealing. */
  SortedPostings sorted() {
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = ((keys[i] & 0xFFFFFFFFL) << 16) | slots[i];
    }
    return SortedPostings.ofPacked(packed, size);
  }
}
