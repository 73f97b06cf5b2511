package org.warta.bench.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.warta.stories.StoryCandidate;
import org.warta.stories.StoryClusterer;
import org.warta.stories.StorySettings;

/**
 * Streams {@code n} generated articles ({@link NewsStream}) through a {@link StoryClusterer} and
 * reports throughput per chunk, live stories, and heap bytes per article held (measured heap after
 * a full GC, minus the heap before the clusterer existed, divided by the articles inside the
 * window) next to the clusterer's own estimate. Run: {@code java -Xmx6g -cp
 * warta-bench/target/warta-bench.jar org.warta.bench.stories.StoryStateProbe 1000000 143000}.
 */
public final class StoryStateProbe {
  private StoryStateProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 143_000;
    int chunk = 100_000;
    NewsStream stream = new NewsStream(20_310_303L, Instant.parse("2031-03-03T00:00:00Z"), perDay);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    StoryClusterer clusterer = StoryClusterer.create(StorySettings.defaults(), 1);
    Instant first = null;
    Instant last = null;
    for (int done = 0; done < n; done += chunk) {
      List<StoryCandidate> batch = stream.take(Math.min(chunk, n - done));
      first = first == null ? batch.getFirst().published() : first;
      last = batch.getLast().published();
      long t0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      for (StoryCandidate c : batch) {
        clusterer.assign(c);
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%,9d articles: %,6.0f articles/s wall, %,6.0f per CPU-second of the clustering thread,"
              + " %,8d live stories%n",
          done + batch.size(),
          batch.size() / s,
          batch.size() / cpu,
          clusterer.liveStories());
    }
    clusterer.evictNow();
    System.gc();
    long after = memory.getHeapMemoryUsage().getUsed();
    long windowDays = StorySettings.defaults().window().toDays();
    double days = (last.getEpochSecond() - first.getEpochSecond()) / 86_400.0;
    double inWindow = Math.min(n, n * windowDays / Math.max(days, 1e-9));
    System.out.printf(
        Locale.ROOT,
        "stream of %.1f days; ~%,.0f articles inside the %d-day window; %,d live stories%n"
            + "heap held: %,d bytes = %.0f bytes per article in the window"
            + " (clusterer's estimate %.0f)%n",
        days,
        inWindow,
        windowDays,
        clusterer.liveStories(),
        after - before,
        (after - before) / inWindow,
        clusterer.approximateBytes() / inWindow);
  }
}
