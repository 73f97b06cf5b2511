package org.warta.pipeline.refresh;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.warta.core.Source;
import org.warta.pipeline.index.IndexSync;

/**
 * One polling round: every due source (or every source, with {@code all}) is refreshed on its own
 * virtual thread, so slow or failing sources never hold up healthy ones beyond their own timeouts;
 * the fetcher keeps per-origin politeness. The search index catches up at the end.
 */
public final class PollingRound {
  private final org.warta.store.Store store;
  private final SourceRefresh refresh;
  private final IndexSync index;
  private final InstantSource clock;

  public PollingRound(
      org.warta.store.Store store, SourceRefresh refresh, IndexSync index, InstantSource clock) {
    this.store = store;
    this.refresh = refresh;
    this.index = index;
    this.clock = clock;
  }

  /** What a round did. */
  public record Summary(List<RefreshReport> reports, Duration took) {
    public int created() {
      return reports.stream().mapToInt(RefreshReport::created).sum();
    }

    public long failedSources() {
      return reports.stream().filter(r -> !r.ok()).count();
    }

    public String line() {
      return String.format(
          java.util.Locale.ROOT,
          "%d sources polled, %d new articles, %d sources failed, in %.1f s",
          reports.size(),
          created(),
          failedSources(),
          took.toMillis() / 1000.0);
    }
  }

  /** Polls the due sources, or all polled sources that are not paused when {@code all}. */
  public Summary run(boolean all) throws InterruptedException {
    Instant start = clock.instant();
    List<Source> sources =
        all
            ? store.sources().list().stream()
                .filter(s -> s.kind().isPolled() && !s.paused())
                .toList()
            : store.sources().due(start);
    List<RefreshReport> reports = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<RefreshReport>> futures = new ArrayList<>();
      for (Source s : sources) {
        futures.add(pool.submit(() -> refresh.run(s)));
      }
      for (Future<RefreshReport> f : futures) {
        try {
          reports.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("bug: a source refresh threw", e.getCause());
        }
      }
    }
    index.catchUp();
    return new Summary(reports, Duration.between(start, clock.instant()));
  }

  /** When the next source is due, if any polled source exists. */
  public java.util.Optional<Instant> nextDue() {
    return store.sources().list().stream()
        .filter(s -> s.kind().isPolled() && !s.paused())
        .map(s -> store.sources().status(s.id()).nextFetch().orElse(Instant.EPOCH))
        .min(Instant::compareTo);
  }
}
