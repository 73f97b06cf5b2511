package org.warta.dedupe.index;

import java.util.Arrays;

/**
 * Counts index hits per article sequence number for one query; reused between queries (open
 * addressing, cleared by remembering which cells were used).
 */
public final class Hits {
  private long[] seqs = new long[256];
  private int[] counts = new int[256];
  private int[] used = new int[256];
  private int size;

  void add(long seq) {
    if (size * 2 >= seqs.length) {
      grow();
    }
    int mask = seqs.length - 1;
    int i = (int) (seq * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (counts[i] != 0 && seqs[i] != seq) {
      i = (i + 1) & mask;
    }
    if (counts[i] == 0) {
      seqs[i] = seq;
      used[size++] = i;
    }
    counts[i]++;
  }

  private void grow() {
    long[] oldSeqs = seqs;
    int[] oldCounts = counts;
    int[] oldUsed = used;
    int oldSize = size;
    seqs = new long[oldSeqs.length * 2];
    counts = new int[oldSeqs.length * 2];
    used = new int[oldSeqs.length * 2];
    size = 0;
    for (int u = 0; u < oldSize; u++) {
      int cell = oldUsed[u];
      long seq = oldSeqs[cell];
      for (int c = 0; c < oldCounts[cell]; c++) {
        add(seq);
      }
    }
  }

  /** Forgets every hit. */
  public void clear() {
    for (int u = 0; u < size; u++) {
      counts[used[u]] = 0;
    }
    size = 0;
  }

  /** Number of distinct articles hit. */
  public int size() {
    return size;
  }

  /**
   * The sequence numbers of the articles hit, most hits first (ties: first hit first), at most
   * {@code limit}.
   */
  public long[] top(int limit) {
    long[] order = new long[size];
    for (int u = 0; u < size; u++) {
      order[u] = ((long) (Integer.MAX_VALUE - counts[used[u]]) << 32) | u;
    }
    Arrays.sort(order);
    int n = Math.min(limit, size);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = seqs[used[(int) order[i]]];
    }
    return out;
  }

  /** How many keys hit {@code seq} (0 when none). */
  public int count(long seq) {
    int mask = seqs.length - 1;
    int i = (int) (seq * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (counts[i] != 0) {
      if (seqs[i] == seq) {
        return counts[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }
}
