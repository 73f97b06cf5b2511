package org.warta.bench.fetch;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.InMemoryUrlStateStore;

/**
 * One polling round over {@code sources} feeds served locally by {@code origins} servers, 10 % of
 * them faulty (slow drip, HTTP 500, endless body), compared with the same round when every source
 * is healthy. Prints wall time, peak heap, peak platform threads, the outcome counts, and whether
 * the faulty sources slowed the round by no more than the total timeout.
 *
 * <pre>
 * mvn -B -q -pl warta-bench -am package -DskipTests
 * java -Xmx256m -cp warta-bench/target/warta-bench.jar org.warta.bench.fetch.PollingRoundBench \
 *     [sources=1000] [origins=50] [totalTimeoutSeconds=5] [minDelayMillis=0]
 * </pre>
 */
public final class PollingRoundBench {
  private PollingRoundBench() {}

  public static void main(String[] args) throws Exception {
    int sources = arg(args, 0, 1000);
    int origins = arg(args, 1, 50);
    Duration total = Duration.ofSeconds(arg(args, 2, 5));
    Duration minDelay = Duration.ofMillis(arg(args, 3, 0));
    FetcherSettings settings =
        FetcherSettings.defaults()
            .withAllowedHosts(List.of("127.0.0.1"))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), total)
            .withPoliteness(2, minDelay);
    System.out.printf(
        "sources=%d origins=%d perOrigin=2 minDelay=%s timeouts connect=2s read=2s total=%s"
            + " maxResponse=%d MiB%n",
        sources, origins, minDelay, total, settings.maxResponseBytes() >> 20);
    try (LocalNewsWeb web = new LocalNewsWeb(origins)) {
      round("warm-up (healthy)", web, sources, settings, true); // JIT, connections
      Round healthy = round("all healthy", web, sources, settings, true);
      Round faulty = round("10% faulty", web, sources, settings, false);
      long overheadMs = faulty.millis - healthy.millis;
      boolean ok = overheadMs <= total.toMillis() + 1000;
      System.out.printf(
          "faulty overhead %d ms (bound: total timeout %d ms + 1 s slack): %s%n",
          overheadMs, total.toMillis(), ok ? "OK" : "SLOWER THAN THE TIMEOUTS EXPLAIN");
    }
  }

  private record Round(long millis) {}

  private static Round round(
      String label, LocalNewsWeb web, int sources, FetcherSettings settings, boolean healthy)
      throws InterruptedException {
    List<FetchRequest> requests = new ArrayList<>();
    for (int n = 0; n < sources; n++) {
      requests.add(FetchRequest.feed(web.feed(n, !healthy)));
    }
    System.gc();
    var threads = ManagementFactory.getThreadMXBean();
    threads.resetPeakThreadCount();
    AtomicLong[] peakHeap = {new AtomicLong(), new AtomicLong()};
    Thread sampler = Thread.ofPlatform().daemon().start(() -> sampleHeap(peakHeap));
    long start = System.nanoTime();
    List<FetchResult> results;
    try (Fetcher fetcher =
        Fetcher.builder(settings)
            .store(new InMemoryUrlStateStore())
            .environment(Map.of())
            .build()) {
      results = fetcher.fetchAll(requests);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    sampler.interrupt();
    System.out.printf(
        "%-18s wall %6d ms  peak heap used %3d MiB, after GC %3d MiB  peak platform threads %3d"
            + "  outcomes %s%n",
        label,
        millis,
        peakHeap[0].get() >> 20,
        peakHeap[1].get() >> 20,
        threads.getPeakThreadCount(),
        outcomes(results));
    return new Round(millis);
  }

  private static Map<String, Integer> outcomes(List<FetchResult> results) {
    Map<String, Integer> counts = new TreeMap<>();
    for (FetchResult r : results) {
      String key =
          switch (r) {
            case FetchResult.Fetched f -> "fetched";
            case FetchResult.NotModified n -> "not-modified";
            case FetchResult.Blocked b -> "blocked:" + b.reason();
            case FetchResult.Failed f ->
                f.problem().code()
                    + f.problem()
                        .cause()
                        .map(c -> "(" + c.getClass().getSimpleName() + ")")
                        .orElse("");
          };
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Samples the heap every 5 ms: {@code peak[0]} the used heap (garbage included), {@code peak[1]}
   * the heap left after the latest collection (close to the live set).
   */
  private static void sampleHeap(AtomicLong[] peak) {
    var memory = ManagementFactory.getMemoryMXBean();
    var pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .filter(p -> p.getCollectionUsage() != null)
            .toList();
    while (!Thread.currentThread().isInterrupted()) {
      peak[0].accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      long afterGc = pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
      peak[1].accumulateAndGet(afterGc, Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
