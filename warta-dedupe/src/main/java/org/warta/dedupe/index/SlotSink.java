package org.warta.dedupe.index;

/** Receives the segment-local slots of articles a key is posted for. */
@FunctionalInterface
interface SlotSink {
  void accept(int slot);
}
