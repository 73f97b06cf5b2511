package org.warta.pipeline.refresh;

import java.time.Instant;
import org.warta.core.SourceId;

/** What one poll of one source did, and when the source is due next. */
public record RefreshReport(
    SourceId source,
    String sourceName,
    int listed,
    int created,
    int known,
    int skipped,
    int failed,
    String error,
    Instant next,
    boolean paused) {

  public boolean ok() {
    return error.isEmpty();
  }
}
