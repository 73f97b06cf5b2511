package org.warta.pipeline.ingest;

import java.util.Optional;
import org.warta.core.StoredArticle;

/**
 * What happened to one page: stored as a new article, recognised as one already stored, or skipped
 * (with the reason a user can read).
 */
public record IngestOutcome(Kind kind, Optional<StoredArticle> article, String reason) {

  /** The three outcomes. */
  public enum Kind {
    NEW,
    KNOWN,
    SKIPPED
  }

  static IngestOutcome created(StoredArticle a) {
    return new IngestOutcome(Kind.NEW, Optional.of(a), "");
  }

  static IngestOutcome known(StoredArticle a) {
    return new IngestOutcome(Kind.KNOWN, Optional.of(a), "already stored");
  }

  static IngestOutcome skipped(String reason) {
    return new IngestOutcome(Kind.SKIPPED, Optional.empty(), reason);
  }
}
