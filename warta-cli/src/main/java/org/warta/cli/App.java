package org.warta.cli;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.warta.cli.settings.Settings;
import org.warta.extract.Extractor;
import org.warta.fetch.Fetcher;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.polling.PollingPolicy;
import org.warta.fetch.polling.PollingSettings;
import org.warta.pipeline.archive.ArchiveImport;
import org.warta.pipeline.grouping.Grouping;
import org.warta.pipeline.index.IndexSync;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.refresh.PollingRound;
import org.warta.pipeline.refresh.SourceRefresh;
import org.warta.pipeline.refresh.StoreUrlStates;
import org.warta.pipeline.setup.SourceAdmin;
import org.warta.pipeline.setup.SourceSetup;
import org.warta.pipeline.websub.HubClient;
import org.warta.pipeline.websub.WebSubCallback;
import org.warta.pipeline.websub.WebSubSubscriptions;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;

/**
 * The wiring of one Warta installation: the store, the search index, the extractor and the fetcher,
 * opened on first use and closed together. Opening the index catches it up with the store, which
 * also repairs it after an unclean stop.
 */
public final class App implements AutoCloseable {
  private final Settings settings;
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();
  private @Nullable Store store;
  private @Nullable SearchIndex index;
  private @Nullable IndexSync indexSync;
  private @Nullable Fetcher fetcher;
  private @Nullable Extractor extractor;
  private @Nullable Grouping grouping;
  private @Nullable SourceRefresh refresh;
  private @Nullable WebSubSubscriptions webSub;

  public App(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  public DatabaseUrl databaseUrl() {
    return settings
        .databaseUrl()
        .map(DatabaseUrl::parse)
        .orElse(DatabaseUrl.sqliteIn(settings.dataDir()));
  }

  public synchronized Store store() {
    if (store == null) {
      store =
          settings
              .databaseConnections()
              .map(n -> Store.open(databaseUrl(), n))
              .orElseGet(() -> Store.open(databaseUrl()));
      opened.push(store);
    }
    return store;
  }

  public synchronized SearchIndex index() {
    if (index == null) {
      openIndex().catchUp();
    }
    return java.util.Objects.requireNonNull(index);
  }

  /**
   * Drops the search index and indexes every stored article again; returns how many. The index is
   * not caught up first (on a store without an index that would index everything twice).
   */
  public synchronized long rebuildIndex(org.warta.pipeline.Progress progress) {
    IndexSync sync = index == null ? openIndex() : indexSync();
    return sync.rebuild(progress);
  }

  private IndexSync openIndex() {
    Store s = store();
    SearchIndex opened = SearchIndex.open(indexFolder());
    this.opened.push(opened);
    index = opened;
    IndexSync sync = new IndexSync(s, opened);
    indexSync = sync;
    return sync;
  }

  public Path indexFolder() {
    return settings.dataDir().resolve("index");
  }

  public synchronized IndexSync indexSync() {
    index();
    return java.util.Objects.requireNonNull(indexSync);
  }

  public synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = Extractor.standard();
    }
    return extractor;
  }

  public synchronized Fetcher fetcher() {
    if (fetcher == null) {
      FetcherSettings fs =
          FetcherSettings.defaults()
              .withUserAgent(settings.userAgent())
              .withAllowedHosts(settings.allowedHosts());
      fs = fs.withPoliteness(fs.perOriginConcurrency(), settings.politenessDelay());
      fetcher = Fetcher.create(fs, new StoreUrlStates(store().urlStates()));
      opened.push(fetcher);
    }
    return fetcher;
  }

  public ArticleIngest ingest() {
    return new ArticleIngest(store(), extractor(), grouping());
  }

  /**
   * The duplicate and story stages, rebuilt on first use from the articles of their time window
   * (shared by every ingest path of this process).
   */
  public synchronized Grouping grouping() {
    if (grouping == null) {
      grouping =
          Grouping.restore(
              store(),
              InstantSource.system(),
              org.warta.pipeline.Progress.NONE,
              new DedupeOptOuts(store(), InstantSource.system()));
    }
    return grouping;
  }

  public ArchiveImport archiveImport() {
    return new ArchiveImport(store(), ingest(), indexSync());
  }

  public PollingRound pollingRound() {
    return new PollingRound(store(), refresh(), indexSync(), InstantSource.system());
  }

  /**
   * The one source refresh of this installation (shared by polling rounds and WebSub pushes, so
   * that no article page is fetched by two of them at once); it subscribes to WebSub hubs when
   * {@code server.public-url} is set.
   */
  public synchronized SourceRefresh refresh() {
    if (refresh == null) {
      refresh =
          new SourceRefresh(
              store(),
              fetcher(),
              ingest(),
              new PollingPolicy(pollingSettings(settings), new java.util.Random()),
              InstantSource.system(),
              settings.maxArticlesPerPoll(),
              settings.publicUrl().isPresent() ? webSub() : SourceRefresh.HubListener.NONE);
    }
    return refresh;
  }

  /**
   * The adaptive polling bounds of the settings ({@code fetch.poll-min-interval}, {@code
   * fetch.poll-max-interval}); the interval used while a source's rate is unknown stays 30 min,
   * moved inside the bounds, and the failure backoff keeps its defaults.
   */
  public static PollingSettings pollingSettings(Settings s) {
    PollingSettings d = PollingSettings.defaults();
    java.time.Duration unknown = d.defaultInterval();
    if (unknown.compareTo(s.pollMinInterval()) < 0) {
      unknown = s.pollMinInterval();
    } else if (unknown.compareTo(s.pollMaxInterval()) > 0) {
      unknown = s.pollMaxInterval();
    }
    return new PollingSettings(
        s.pollMinInterval(),
        s.pollMaxInterval(),
        unknown,
        d.failureBase(),
        d.maxFailureWait(),
        d.pauseAfterFailures(),
        d.sampleSize());
  }

  /**
   * WebSub subscriptions: pushed entries are ingested on a virtual thread and the index catches up.
   * The web server mounts {@link #webSubCallback()} at {@code /websub/{id}}.
   */
  public synchronized WebSubSubscriptions webSub() {
    if (webSub == null) {
      HubClient hubs = new HubClient(settings.userAgent(), settings.allowedHosts());
      opened.push(hubs);
      ExecutorService pushes = Executors.newVirtualThreadPerTaskExecutor();
      opened.push(pushes::shutdownNow);
      webSub =
          new WebSubSubscriptions(
              store(),
              hubs,
              settings.publicUrl(),
              (source, items) -> {
                refresh().pushed(source, items);
                indexSync().catchUp();
              },
              pushes,
              InstantSource.system());
    }
    return webSub;
  }

  /** The HTTP side of WebSub callbacks, for the web server. */
  public WebSubCallback webSubCallback() {
    return new WebSubCallback(webSub());
  }

  public SourceSetup sourceSetup() {
    return new SourceSetup(store(), fetcher());
  }

  public SourceAdmin sourceAdmin() {
    return new SourceAdmin(store(), InstantSource.system());
  }

  @Override
  public synchronized void close() {
    RuntimeException failure = null;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("closing " + e.getMessage(), e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
