package org.warta.web.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.core.Source;
import org.warta.feed.write.FeedWriter;
import org.warta.store.KeptFeedRepository;
import org.warta.store.Store;
import org.warta.web.view.Catalog;

/**
 * Builds the RSS feed of every source whose articles changed, ahead of any request, and keeps it in
 * the store: the first pass looks at every source (and builds those whose kept feed is missing or
 * out of date), each later one, a minute apart (or twice as long as the pass before took), at the
 * sources with articles stored or changed since the pass before. Readers asking for a source's feed
 * then get a kept document instead of waiting for a build, however many sources there are and
 * whichever they ask for. It needs the site's address as readers reach it (feeds hold absolute
 * links), so it runs only where one is configured; feeds kept for another address (the site moved)
 * are dropped when it starts. Atom and JSON Feed, and sources changed in other ways (renamed,
 * articles removed), are built by the first request and kept from then on.
 */
final class SourceFeedPrebuild implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceFeedPrebuild.class);
  static final Duration INTERVAL = Duration.ofMinutes(1);
  static final int BATCH = 100;

  private final Store store;
  private final Catalog catalog;
  private final SourceFeeds feeds;
  private final String base;
  private final Duration interval;
  private final AtomicLong passes = new AtomicLong();
  private final AtomicLong built = new AtomicLong();
  private final Thread thread;
  private volatile boolean stopped;

  SourceFeedPrebuild(
      Store store, Catalog catalog, SourceFeeds feeds, String base, Duration interval) {
    this.store = store;
    this.catalog = catalog;
    this.feeds = feeds;
    this.base = base;
    this.interval = interval;
    this.thread = Thread.ofPlatform().daemon().name("warta-feed-prebuild").start(this::run);
  }

  private void run() {
    try {
      int dropped = store.keptFeeds().retainUnder(base);
      if (dropped > 0) {
        LOG.info("dropped {} kept feeds of other site addresses than {}", dropped, base);
      }
    } catch (RuntimeException e) {
      LOG.warn("kept feeds of other site addresses not dropped: {}", e.getMessage());
    }
    long after = -1;
    while (!stopped) {
      long seq = store.articles().changeSeq();
      long start = System.nanoTime();
      long before = built.get();
      try {
        pass(after < 0 ? catalog.all() : changedAfter(after));
        after = seq;
        if (built.get() > before) {
          LOG.info(
              "built {} source feeds ahead in {} ms",
              built.get() - before,
              (System.nanoTime() - start) / 1_000_000);
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "building source feeds ahead failed (tried again in {}): {}", interval, e.getMessage());
      }
      passes.incrementAndGet();
      // a long pass (a bulk import changed every source) is followed by a pause twice as long, so
      // building ahead takes at most a third of a core from serving
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      try {
        Thread.sleep(
            took.multipliedBy(2).compareTo(interval) > 0 ? took.multipliedBy(2) : interval);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private List<Source> changedAfter(long seq) {
    List<Source> out = new ArrayList<>();
    for (var id : store.articles().sourcesChangedAfter(seq)) {
      catalog.find(id).ifPresent(out::add);
    }
    return out;
  }

  private void pass(Collection<Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    Map<String, String> kept = store.keptFeeds().tags();
    List<KeptFeedRepository.Entry> batch = new ArrayList<>(BATCH);
    for (Source source : sources) {
      if (stopped) {
        break;
      }
      String address = SourceFeeds.address(base, FeedWriter.Format.RSS, source.id());
      feeds
          .prebuild(base, FeedWriter.Format.RSS, source, Optional.ofNullable(kept.get(address)))
          .ifPresent(batch::add);
      if (batch.size() >= BATCH) {
        keep(batch);
      }
    }
    keep(batch);
  }

  private void keep(List<KeptFeedRepository.Entry> batch) {
    store.keptFeeds().keep(batch);
    built.addAndGet(batch.size());
    batch.clear();
  }

  /** Passes done so far (each, whether or not it built anything). */
  long passes() {
    return passes.get();
  }

  /** Feeds built and kept so far. */
  long built() {
    return built.get();
  }

  /** Stops after the feed being built; what was built before is kept. */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
