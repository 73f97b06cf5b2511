package org.warta.store;

import java.time.Instant;
import java.util.List;
import org.warta.core.SourceId;

/** URL templates learned per section-page source, with their running counts. */
public interface UrlPatternRepository {

  /** The templates learned for a source, most listed first. */
  List<UrlPatternStat> patterns(SourceId source);

  /** Adds to the counts of a template of a source (creating it if new). */
  void record(
      SourceId source, String template, long listed, long articles, long misses, Instant at);
}
