package org.warta.pipeline.archive;

import java.time.Duration;

/**
 * What an archive import did: records read, pages handled by outcome, time taken, bytes of the file
 * read in this run.
 */
public record ImportSummary(
    String file,
    long records,
    long pages,
    long created,
    long known,
    long skipped,
    long failed,
    boolean resumed,
    Duration took,
    long bytes) {

  /** A summary without the byte count (0 bytes read). */
  public ImportSummary(
      String file,
      long records,
      long pages,
      long created,
      long known,
      long skipped,
      long failed,
      boolean resumed,
      Duration took) {
    this(file, records, pages, created, known, skipped, failed, resumed, took, 0);
  }

  /** Records per second over the whole import. */
  public double recordsPerSecond() {
    double seconds = Math.max(took.toMillis(), 1) / 1000.0;
    return records / seconds;
  }

  /** Megabytes (2^20 bytes) of the file read per second. */
  public double megabytesPerSecond() {
    double seconds = Math.max(took.toMillis(), 1) / 1000.0;
    return bytes / (double) (1 << 20) / seconds;
  }

  /** One line for a terminal or a log. */
  public String line() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: %d records, %d pages: %d new, %d known, %d skipped, %d failed in %.1f s (%.0f"
            + " records/s, %.1f MB/s)%s",
        file,
        records,
        pages,
        created,
        known,
        skipped,
        failed,
        took.toMillis() / 1000.0,
        recordsPerSecond(),
        megabytesPerSecond(),
        resumed ? " (resumed)" : "");
  }
}
