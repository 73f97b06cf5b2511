package org.warta.pipeline.setup;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.warta.core.Source;
import org.warta.core.SourceStatus;
import org.warta.store.UrlPatternStat;
import org.warta.store.UrlState;
import org.warta.store.WebSubSubscription;

/**
 * Everything {@code warta sources show} tells about a source: the source, its polling status (last
 * fetch, next fetch, last error, failures in a row), its folders, the fetch state of its URL (a
 * Retry-After or backoff hold shared with every other use of that URL), the publisher's polling
 * hint, the URL patterns learned on a section page, and its WebSub subscription.
 */
public record SourceDetails(
    Source source,
    SourceStatus status,
    List<String> folders,
    Optional<UrlState> urlState,
    Optional<Duration> pollHint,
    List<UrlPatternStat> patterns,
    Optional<WebSubSubscription> webSub) {

  public SourceDetails {
    folders = List.copyOf(folders);
    patterns = List.copyOf(patterns);
  }
}
