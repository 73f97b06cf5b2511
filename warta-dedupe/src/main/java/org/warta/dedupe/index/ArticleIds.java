package org.warta.dedupe.index;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The caller's article ids of one segment: 4 bytes each as offsets from the first id while they fit
 * (store ids grow in ingest order, so they do), 8 bytes each once one does not.
 */
final class ArticleIds {
  private long base = Long.MIN_VALUE;
  private int[] offsets = new int[0];
  private long @Nullable [] wide;

  void ensure(int capacity) {
    if (wide != null) {
      wide = Arrays.copyOf(wide, Math.max(wide.length, capacity));
    } else if (offsets.length < capacity) {
      offsets = Arrays.copyOf(offsets, capacity);
    }
  }

  void set(int slot, long id) {
    if (wide == null && base == Long.MIN_VALUE) {
      base = id;
    }
    long offset = id - base;
    if (wide == null && (offset < Integer.MIN_VALUE || offset > Integer.MAX_VALUE)) {
      widen();
    }
    if (wide != null) {
      wide[slot] = id;
    } else {
      offsets[slot] = (int) offset;
    }
  }

  long get(int slot) {
    return wide != null ? wide[slot] : base + offsets[slot];
  }

  private void widen() {
    wide = new long[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      wide[i] = base + offsets[i];
    }
    offsets = new int[0];
  }

  void trim(int count) {
    if (wide != null) {
      wide = Arrays.copyOf(wide, count);
    } else {
      offsets = Arrays.copyOf(offsets, count);
    }
  }

  long bytes() {
    return wide != null ? 8L * wide.length : 4L * offsets.length;
  }
}
