package org.warta.extract.batch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a batch run: documents written, failures (with the reason per document) and the
 * time spent extracting (reading files excluded).
 */
public record BatchSummary(int documents, List<String> failures, Duration extractionTime) {
  public BatchSummary {
    failures = List.copyOf(failures);
  }

  public double docsPerSecond() {
    double s = extractionTime.toNanos() / 1e9;
    return s == 0 ? 0 : documents / s;
  }

  /** "517 docs, 231.4 docs/s, 0 failures". */
  public String line() {
    return String.format(
        Locale.ROOT,
        "%d docs, %.1f docs/s, %d failures",
        documents,
        docsPerSecond(),
        failures.size());
  }
}
