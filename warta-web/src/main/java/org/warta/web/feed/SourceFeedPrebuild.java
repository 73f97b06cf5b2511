package org.warta.web.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final Thread thread;
  private volatile boolean stopped;

  /** Starts building at {@code feeds}' kept base (the site's configured address). */
  SourceFeedPrebuild(Store store, Catalog catalog, SourceFeeds feeds, Duration interval) {
    this.store = store;
    this.catalog = catalog;
    this.feeds = feeds;
    this.base =
        feeds.keptBase().orElseThrow(() -> new IllegalArgumentException("no site address set"));
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
      try {
        int built = pass(after < 0 ? catalog.all() : changedAfter(after));
        after = seq;
        if (built > 0) {
          LOG.info(
              "built {} source feeds ahead in {} ms",
              built,
              (System.nanoTime() - start) / 1_000_000);
        }
      } catch (RuntimeException e) {
        LOG.warn(
            "building source feeds ahead failed (tried again in {}): {}", interval, e.getMessage());
      }
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

  /** Builds what is out of date among {@code sources}; returns how many it built. */
  private int pass(Collection<Source> sources) {
    if (sources.isEmpty()) {
      return 0;
    }
    Map<String, String> kept = store.keptFeeds().tags();
    List<KeptFeedRepository.Entry> batch = new ArrayList<>(BATCH);
    int built = 0;
    for (Source source : sources) {
      if (stopped) {
        break;
      }
      String address = SourceFeeds.address(base, FeedWriter.Format.RSS, source.id());
      feeds
          .prebuild(FeedWriter.Format.RSS, source, Optional.ofNullable(kept.get(address)))
          .ifPresent(batch::add);
      if (batch.size() >= BATCH) {
        built += keep(batch);
      }
    }
    return built + keep(batch);
  }

  private int keep(List<KeptFeedRepository.Entry> batch) {
    int n = batch.size();
    store.keptFeeds().keep(batch);
    batch.clear();
    return n;
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
