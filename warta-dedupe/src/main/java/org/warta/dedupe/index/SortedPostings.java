package org.warta.dedupe.index;

import java.util.Arrays;

/**
 * Sealed postings sorted by key, with a directory over the key's top bits. Large segments use a
 * directory of 2^16 entries and keep only the key's low 16 bits per posting, so a posting costs 4
 * bytes (2 for the key remainder, 2 for the slot); small ones keep whole keys (6 bytes).
 */
final class SortedPostings implements Postings {
  /** From this many postings on, the 2^16 directory pays for itself. */
  static final int COMPACT_FROM = 1 << 18;

  private final int dirBits;
  private final int[] directory;
  private final int[] fullKeys;
  private final char[] lowKeys;
  private final char[] slots;

  private SortedPostings(
      int dirBits, int[] directory, int[] fullKeys, char[] lowKeys, char[] slots) {
    this.dirBits = dirBits;
    this.directory = directory;
    this.fullKeys = fullKeys;
    this.lowKeys = lowKeys;
    this.slots = slots;
  }

  /**
   * Builds from {@code (key << 16) | slot} values (unsigned key); sorts {@code packed} in place.
   */
  static SortedPostings ofPacked(long[] packed, int size) {
    Arrays.sort(packed, 0, size);
    boolean compact = size >= COMPACT_FROM;
    int dirBits =
        compact ? 16 : Math.max(4, Math.min(15, 32 - Integer.numberOfLeadingZeros(size / 4)));
    int[] directory = new int[(1 << dirBits) + 1];
    int[] full = compact ? new int[0] : new int[size];
    char[] low = compact ? new char[size] : new char[0];
    char[] slots = new char[size];
    int bucket = 0;
    for (int i = 0; i < size; i++) {
      int key = (int) (packed[i] >>> 16);
      int b = key >>> (32 - dirBits);
      while (bucket <= b) {
        directory[bucket++] = i;
      }
      if (compact) {
        low[i] = (char) key;
      } else {
        full[i] = key;
      }
      slots[i] = (char) packed[i];
    }
    while (bucket < directory.length) {
      directory[bucket++] = size;
    }
    return new SortedPostings(dirBits, directory, full, low, slots);
  }

  @Override
  public void forEach(int key, SlotSink sink) {
    int b = key >>> (32 - dirBits);
    int from = directory[b];
    int to = directory[b + 1];
    if (lowKeys.length > 0) {
      char low = (char) key;
      for (int i = from; i < to; i++) {
        if (lowKeys[i] == low) {
          if (!sink.accept(slots[i])) {
            return;
          }
        }
      }
    } else {
      for (int i = from; i < to; i++) {
        if (fullKeys[i] == key) {
          if (!sink.accept(slots[i])) {
            return;
          }
        }
      }
    }
  }

  @Override
  public int size() {
    return slots.length;
  }

  @Override
  public long bytes() {
    return 4L * directory.length + 4L * fullKeys.length + 2L * lowKeys.length + 2L * slots.length;
  }

  /** Every posting as {@code (key << 16) | slot}, slots shifted by {@code slotOffset}. */
  void appendPacked(long[] out, int at, int slotOffset) {
    for (int i = 0; i < slots.length; i++) {
      long key = lowKeys.length > 0 ? keyAt(i) : fullKeys[i] & 0xFFFFFFFFL;
      out[at + i] = (key << 16) | (slots[i] + slotOffset);
    }
  }

  private long keyAt(int i) {
    int lo = 0;
    int hi = directory.length - 2;
    while (lo < hi) { // the bucket whose range holds posting i
      int mid = (lo + hi + 1) >>> 1;
      if (directory[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return ((long) lo << 16) | lowKeys[i];
  }
}
