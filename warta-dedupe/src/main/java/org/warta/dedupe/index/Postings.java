package org.warta.dedupe.index;

/** One segment's inverted index: 32-bit shingle keys to segment-local article slots. */
sealed interface Postings permits ActivePostings, SortedPostings {
  /** Calls {@code sink} with every slot posted under {@code key} (may repeat a slot). */
  void forEach(int key, SlotSink sink);

  /** Number of postings. */
  int size();

  /** Heap bytes held (arrays only). */
  long bytes();
}
