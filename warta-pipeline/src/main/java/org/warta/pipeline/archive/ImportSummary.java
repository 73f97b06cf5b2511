package org.warta.pipeline.archive;

import java.time.Duration;

/** What an archive import did: records read, pages handled by outcome, time taken. */
public record ImportSummary(
    String file,
    long records,
    long pages,
    long created,
    long known,
    long skipped,
    long failed,
    boolean resumed,
    Duration took) {

  /** Records per second over the whole import. */
  public double recordsPerSecond() {
    double seconds = Math.max(took.toMillis(), 1) / 1000.0;
    return records / seconds;
  }

  /** One line for a terminal or a log. */
  public String line() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: %d records, %d pages: %d new, %d known, %d skipped, %d failed in %.1f s (%.0f"
            + " records/s)%s",
        file,
        records,
        pages,
        created,
        known,
        skipped,
        failed,
        took.toMillis() / 1000.0,
        recordsPerSecond(),
        resumed ? " (resumed)" : "");
  }
}
