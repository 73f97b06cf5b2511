package org.warta.pipeline.archive;

import java.util.Optional;
import java.util.TreeMap;

/**
 * Which pages of an import are done while several are ingested at once, so that a checkpoint only
 * ever names a position before which every page is finished: an import killed at any moment resumes
 * without skipping a page (pages redone are recognised as stored).
 */
final class Completion {
  /** A resumable point: after the page at {@code position}, {@code records} records read. */
  record Safe(long position, long records) {}

  private final TreeMap<Long, long[]> open = new TreeMap<>(); // seq -> {position, records, done}
  private long nextSeq;
  private Optional<Safe> safe = Optional.empty();

  /** A page was handed to a worker; returns its sequence number. */
  synchronized long started(long position, long records) {
    long seq = nextSeq++;
    open.put(seq, new long[] {position, records, 0});
    return seq;
  }

  /** The page with this sequence number is finished (stored, skipped or failed). */
  synchronized void finished(long seq) {
    long[] page = open.get(seq);
    if (page == null) {
      throw new IllegalStateException("bug: page " + seq + " finished twice");
    }
    page[2] = 1;
    while (!open.isEmpty() && open.firstEntry().getValue()[2] == 1) {
      long[] done = open.pollFirstEntry().getValue();
      safe = Optional.of(new Safe(done[0], done[1]));
    }
  }

  /** The last point before which every page is finished, if any page is. */
  synchronized Optional<Safe> safe() {
    return safe;
  }
}
