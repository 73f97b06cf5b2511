package org.warta.pipeline;

/**
 * Where a long operation reports how far it got. The CLI shows a progress bar on a terminal and log
 * lines otherwise; the server logs.
 */
public interface Progress {
  /** Reports nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void total(long units) {}

        @Override
        public void advance(long units, String detail) {}

        @Override
        public void warn(String message) {}
      };

  /** The expected number of units (records, bytes, sources), when known. */
  void total(long units);

  /** Some units are done; {@code detail} says what is being worked on. */
  void advance(long units, String detail);

  /** Something a user should know about but that does not stop the operation. */
  void warn(String message);

  /**
   * A short status shown beside the progress (e.g. "1 234 records, 850 records/s"); replaces the
   * previous one. Ignored by displays that cannot show it.
   */
  default void note(String status) {}
}
