package org.warta.store;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warta.core.DisplayPolicy;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.SourceStatus;

/** The sources Warta follows, and their polling status. */
public interface SourceRepository {

  /** Adds a source, or returns the existing one with the same URL (adding is idempotent). */
  Source add(NewSource source);

  Optional<Source> find(SourceId id);

  Optional<Source> findByUrl(URI url);

  /** All sources ordered by name. */
  List<Source> list();

  /** Sources not paused whose next fetch is due at {@code now} (or never fetched). */
  List<Source> due(Instant now);

  void setPaused(SourceId id, boolean paused);

  void setDisplay(SourceId id, DisplayPolicy display);

  /**
   * Per-source dedupe opt-out: {@code false} keeps the source's articles out of duplicate groups
   * and original credit (they still join stories); applies to articles ingested from then on.
   */
  void setGroupCopies(SourceId id, boolean groupCopies);

  /** Removes a source and its articles; returns whether it existed. */
  boolean remove(SourceId id);

  SourceStatus status(SourceId id);

  /** Records the outcome of a poll: success clears the error, failure counts it. */
  void recordPoll(SourceId id, Instant at, Instant next, String error);

  /**
   * Clears the failure count and last error and makes the source due at {@code next} (used when a
   * user resumes a source that was paused after failures).
   */
  void resetStatus(SourceId id, Instant next);

  /** The polling status of every source in one read (for dashboards and directories). */
  java.util.Map<SourceId, SourceStatus> statuses();
}
