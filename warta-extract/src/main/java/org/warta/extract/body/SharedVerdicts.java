package org.warta.extract.body;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.warta.core.Hash64;

/**
 * Class-hint verdicts of class and id strings, shared by all extractions of a process (class names
 * repeat across the pages of a site). Each slot is one {@code long}: 57 bits of the string's {@link
 * Hash64}, a presence bit and the verdict's six-bit code, written once by compare-and-set, so a
 * look-up reads one word of the table where a map of strings reads a node, its key and the key's
 * characters (strings of earlier pages, out of the processor's cache). Two different strings share
 * a fingerprint with a probability of 2<sup>-57</sup> per pair. Thread-safe; full at {@code
 * maxEntries} (then {@link #put} declines and callers keep the verdict themselves).
 */
final class SharedVerdicts {
  private static final long PRESENT = 0x40;
  private static final long FINGERPRINT = ~0x7FL;
  private static final int PROBES = 16;

  private final AtomicLongArray slots;
  private final int mask;
  private final int shift;
  private final int maxEntries;
  private final AtomicInteger entries = new AtomicInteger();

  /** A table of {@code 2^bits} slots holding at most {@code maxEntries} verdicts. */
  SharedVerdicts(int bits, int maxEntries) {
    this.slots = new AtomicLongArray(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 64 - bits;
    this.maxEntries = maxEntries;
  }

  /** The verdict code stored for {@code names} (0–63), or -1. */
  int find(String names) {
    long fp = Hash64.of(names) & FINGERPRINT;
    int i = (int) (fp >>> shift);
    for (int n = 0; n < PROBES; n++, i = (i + 1) & mask) {
      long v = slots.get(i);
      if (v == 0) {
        return -1;
      }
      if ((v & FINGERPRINT) == fp) {
        return (int) (v & 0x3F);
      }
    }
    return -1;
  }

  /** Stores the code (0–63) for {@code names}; false when the table has no room for it. */
  boolean put(String names, int code) {
    if (code < 0 || code > 0x3F) {
      throw new IllegalArgumentException("verdict code out of range: " + code);
    }
    long fp = Hash64.of(names) & FINGERPRINT;
    long value = fp | PRESENT | code;
    int i = (int) (fp >>> shift);
    for (int n = 0; n < PROBES; n++, i = (i + 1) & mask) {
      long v = slots.get(i);
      if (v == 0) {
        if (entries.get() >= maxEntries) {
          return false;
        }
        if (slots.compareAndSet(i, 0, value)) {
          entries.incrementAndGet();
          return true;
        }
        v = slots.get(i); // another thread took the slot: it may hold the same string
      }
      if ((v & FINGERPRINT) == fp) {
        return true;
      }
    }
    return false;
  }

  /** How many verdicts are stored. */
  int size() {
    return entries.get();
  }
}
