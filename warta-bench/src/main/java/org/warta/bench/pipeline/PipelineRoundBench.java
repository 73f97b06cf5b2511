package org.warta.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;
import org.warta.extract.Extractor;
import org.warta.fetch.Fetcher;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.polling.PollingPolicy;
import org.warta.fetch.polling.PollingSettings;
import org.warta.pipeline.index.IndexSync;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.pipeline.refresh.PollingRound;
import org.warta.pipeline.refresh.SourceRefresh;
import org.warta.pipeline.refresh.StoreUrlStates;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;

/**
 * One polling round over {@code sources} feed sources served locally by {@code origins} servers,
 * through the real pipeline (polite fetcher, feed reader, extractor, SQLite store in WAL mode,
 * Lucene index catch-up): each healthy feed lists {@code articles} new article pages, which are
 * fetched, extracted and stored. Run twice on fresh stores: all sources healthy, then 10 % faulty
 * (slow drip, HTTP 500, endless body). Each run has a cold round (everything new) and a warm round
 * (nothing new; faulty URLs are held back by the fetcher's backoff). Prints wall time, peak heap,
 * peak platform threads, articles stored and failed sources, and whether the faulty sources slowed
 * the cold round by no more than the fetcher's total timeout.
 *
 * <pre>
 * mvn -B -q -pl warta-bench -am package -DskipTests
 * java -Xmx512m -cp warta-bench/target/warta-bench.jar org.warta.bench.pipeline.PipelineRoundBench \
 *     [sources=1000] [origins=50] [articles=3] [totalTimeoutSeconds=5] [minDelayMillis=0]
 * </pre>
 */
public final class PipelineRoundBench {
  private PipelineRoundBench() {}

  public static void main(String[] args) throws Exception {
    int sources = arg(args, 0, 1000);
    int origins = arg(args, 1, 50);
    int articles = arg(args, 2, 3);
    Duration total = Duration.ofSeconds(arg(args, 3, 5));
    Duration minDelay = Duration.ofMillis(arg(args, 4, 0));
    FetcherSettings settings =
        FetcherSettings.defaults()
            .withAllowedHosts(List.of("127.0.0.1"))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), total)
            .withPoliteness(2, minDelay);
    System.out.printf(
        "sources=%d origins=%d articles/feed=%d perOrigin=2 minDelay=%s timeouts connect=2s"
            + " read=2s total=%s cores=%d maxHeap=%d MiB%n",
        sources,
        origins,
        articles,
        minDelay,
        total,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Extractor extractor = Extractor.standard();
    try (PipelineNewsWeb web = new PipelineNewsWeb(origins, articles)) {
      run("warm-up (100 healthy)", web, 100, false, settings, extractor); // JIT, connections
      long[] healthy = run("all healthy", web, sources, false, settings, extractor);
      long[] faulty = run("10% faulty", web, sources, true, settings, extractor);
      long overhead = faulty[0] - healthy[0];
      long expected = (long) Math.round(sources * 0.9) * articles;
      System.out.printf(
          "cold-round overhead of the faulty sources %d ms (bound: total timeout %d ms + 2 s"
              + " slack): %s; the faulty run stored %d of the %d articles its healthy sources"
              + " list%s%n",
          overhead,
          total.toMillis(),
          overhead <= total.toMillis() + 2000 ? "OK" : "SLOWER THAN THE TIMEOUTS EXPLAIN",
          faulty[1],
          expected,
          faulty[1] < expected ? " (the rest were blocked or failed: see the lines above)" : "");
    }
  }

  /** A fresh store, a cold and a warm round; returns the cold round's wall time and articles. */
  private static long[] run(
      String label,
      PipelineNewsWeb web,
      int sources,
      boolean faults,
      FetcherSettings settings,
      Extractor extractor)
      throws Exception {
    Path dir = Files.createTempDirectory("warta-pipeline-bench");
    try (Store store = Store.open(DatabaseUrl.sqliteIn(dir));
        SearchIndex index = SearchIndex.open(dir.resolve("index"));
        Fetcher fetcher =
            Fetcher.builder(settings)
                .store(new StoreUrlStates(store.urlStates()))
                .environment(Map.of())
                .build()) {
      for (int n = 0; n < sources; n++) {
        store.sources().add(NewSource.of("Kabar " + n, web.feed(n, faults), SourceKind.FEED));
      }
      SourceRefresh refresh =
          new SourceRefresh(
              store,
              fetcher,
              new ArticleIngest(store, extractor),
              new PollingPolicy(PollingSettings.defaults(), new Random(5)),
              InstantSource.system(),
              100);
      PollingRound round =
          new PollingRound(store, refresh, new IndexSync(store, index), InstantSource.system());
      long cold = round(label + ", cold", round, store);
      System.out.println("  robots.txt of the origins: " + robots(fetcher, web, sources));
      round(label + ", warm", round, store);
      return new long[] {cold, store.articles().count()};
    } finally {
      delete(dir);
    }
  }

  private static long round(String label, PollingRound round, Store store) throws Exception {
    PollingRound.Summary summary;
    try (Measure m = new Measure()) {
      summary = round.run(true);
      m.close();
      int pagesFailed = summary.reports().stream().mapToInt(r -> r.failed()).sum();
      int pagesSkipped = summary.reports().stream().mapToInt(r -> r.skipped()).sum();
      System.out.printf(
          "%-28s %s  articles stored %5d (new %5d)  failed sources %3d  pages failed %d,"
              + " skipped %d%n",
          label,
          m.line(),
          store.articles().count(),
          summary.created(),
          summary.failedSources(),
          pagesFailed,
          pagesSkipped);
      if (pagesFailed > 0) {
        System.out.println("  failed URLs by last status and hold: " + failures(store));
      }
      return m.millis();
    }
  }

  /**
   * How the origins' robots.txt stood after the round (from the fetcher's cache): an origin whose
   * robots.txt could not be read in time is closed to page fetches for a while (RFC 9309 2.3.1.4).
   */
  private static java.util.Map<String, Integer> robots(
      Fetcher fetcher, PipelineNewsWeb web, int sources) throws InterruptedException {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    java.util.Set<String> origins = new java.util.HashSet<>();
    for (int n = 0; n < sources; n++) {
      java.net.URI feed = web.feed(n, false);
      if (origins.add(feed.getAuthority())) {
        counts.merge(fetcher.robots(feed).status().name(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** How the URLs that failed last time failed (HTTP status, 0 = no response), from the store. */
  private static String failures(Store store) throws java.sql.SQLException {
    StringBuilder sb = new StringBuilder();
    try (var c = java.sql.DriverManager.getConnection(store.url().jdbcUrl());
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT last_status, hold, COUNT(*) FROM url_state WHERE failures > 0"
                        + " GROUP BY last_status, hold ORDER BY 3 DESC")) {
      while (rs.next()) {
        sb.append(rs.getInt(1))
            .append('/')
            .append(rs.getString(2))
            .append('=')
            .append(rs.getLong(3))
            .append(' ');
      }
    }
    return sb.toString().strip();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
