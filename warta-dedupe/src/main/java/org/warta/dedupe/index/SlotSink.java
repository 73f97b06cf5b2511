package org.warta.dedupe.index;

/** Receives the segment-local slots of articles a key is posted for. */
@FunctionalInterface
interface SlotSink {
  /** Takes one slot; returns false to stop the iteration. */
  boolean accept(int slot);
}
