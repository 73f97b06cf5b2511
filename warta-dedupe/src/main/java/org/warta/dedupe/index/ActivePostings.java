package org.warta.dedupe.index;

import java.util.Arrays;

/**
 * The postings of the segment being filled: open addressing over one {@code long[]} of {@code (key
 * << 32) | (slot + 1)} cells with linear probing (several cells may hold one key; a lookup reads
 * consecutive cells, mostly one cache line). Kept at most half full, so about 16 bytes a posting,
 * which is why only the small newest segment uses it.
 */
final class ActivePostings implements Postings {
  private long[] cells = new long[1024];
  private int size;

  void add(int key, int slot) {
    if ((size + 1) * 2 > cells.length) {
      grow();
    }
    put(cells, key, slot);
    size++;
  }

  private static void put(long[] table, int key, int slot) {
    int mask = table.length - 1;
    int i = home(key, mask);
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = ((long) key << 32) | (slot + 1L);
  }

  private void grow() {
    long[] bigger = new long[cells.length * 2];
    for (long c : cells) {
      if (c != 0) {
        put(bigger, (int) (c >>> 32), (int) (c & 0xFFFFFFFFL) - 1);
      }
    }
    cells = bigger;
  }

  private static int home(int key, int mask) {
    return (key * 0x9E3779B9) >>> 7 & mask;
  }

  @Override
  public void forEach(int key, SlotSink sink) {
    int mask = cells.length - 1;
    for (int i = home(key, mask); cells[i] != 0; i = (i + 1) & mask) {
      long c = cells[i];
      if ((int) (c >>> 32) == key && !sink.accept((int) (c & 0xFFFFFFFFL) - 1)) {
        return;
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long bytes() {
    return 8L * cells.length;
  }

  /** The postings sorted by key, for sealing. */
  SortedPostings sorted() {
    long[] packed = new long[size];
    int n = 0;
    for (long c : cells) {
      if (c != 0) {
        long key = c >>> 32;
        long slot = (c & 0xFFFFFFFFL) - 1;
        packed[n++] = (key << 16) | slot;
      }
    }
    return SortedPostings.ofPacked(Arrays.copyOf(packed, n), n);
  }
}
