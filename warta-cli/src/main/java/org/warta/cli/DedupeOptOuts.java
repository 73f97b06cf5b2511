package org.warta.cli;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.store.Store;

/**
 * The sources that opted out of duplicate detection ({@code warta sources dedupe <id> off}), read
 * from the store at most every {@link #REFRESH}, so that a change made by another process (the CLI
 * while {@code serve} runs) applies within that time without a query per article.
 */
final class DedupeOptOuts implements Predicate<SourceId> {
  static final Duration REFRESH = Duration.ofSeconds(30);

  private final Store store;
  private final InstantSource clock;
  private Set<SourceId> optedOut = Set.of();
  private long readAt = Long.MIN_VALUE;

  DedupeOptOuts(Store store, InstantSource clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public synchronized boolean test(SourceId source) {
    long now = clock.millis();
    if (readAt == Long.MIN_VALUE || now - readAt >= REFRESH.toMillis()) {
      optedOut =
          store.sources().list().stream()
              .filter(s -> !s.groupCopies())
              .map(Source::id)
              .collect(Collectors.toUnmodifiableSet());
      readAt = now;
    }
    return optedOut.contains(source);
  }
}
