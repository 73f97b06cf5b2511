package org.warta.bench.stories;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.dedupe.Candidate;
import org.warta.dedupe.DedupeSettings;
import org.warta.dedupe.DetectorStats;
import org.warta.dedupe.DuplicateDetector;
import org.warta.dedupe.Verdict;
import org.warta.stories.StoryCandidate;
import org.warta.stories.StoryClusterer;
import org.warta.stories.StorySettings;

/**
 * The speed bar end to end: dedupe plus story assignment of each article, as the product's
 * grouping stage runs them (a duplicate takes its original's story and skips clustering), with the
 * state of {@code n} articles inside both windows. Streams generated articles ({@link NewsStream},
 * {@code perDay} a day) of which {@code copyShare} are syndicated copies of a recent article (new
 * site, dateline, last paragraph dropped), and reports, per chunk of 100 000, articles per
 * CPU-second of the grouping thread (so other load on a shared machine does not count), split into
 * dedupe and stories; at the end heap bytes per article of the dedupe window (accounted and
 * measured after a full GC). Articles are generated before each chunk is timed.
 *
 * <p>Run: {@code java -Xmx6g -XX:+UseSerialGC -cp warta-bench/target/warta-bench.jar
 * org.warta.bench.stories.GroupingStateProbe 1000000 143000 0.2}
 */
public final class GroupingStateProbe {
  private static final int CHUNK = 100_000;

  private GroupingStateProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 143_000;
    double copyShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
    Stream stream = new Stream(perDay, copyShare);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // the state: every article of seven days, one million of them
    DedupeSettings settings =
        DedupeSettings.defaults().withWindow(Duration.ofDays(7), Math.max(n, 1));
    System.gc();
    long heap0 = memory.getHeapMemoryUsage().getUsed();
    DuplicateDetector dedupe = DuplicateDetector.create(settings);
    StoryClusterer stories = StoryClusterer.create(StorySettings.defaults(), 1);
    long copies = 0;
    double dedupeCpu = 0;
    double storiesCpu = 0;
    for (int done = 0; done < n; done += CHUNK) {
      List<Item> batch = stream.take(Math.min(CHUNK, n - done));
      double chunkDedupe = 0;
      double chunkStories = 0;
      long t0 = System.nanoTime();
      for (Item item : batch) {
        long c0 = threads.getCurrentThreadCpuTime();
        Verdict v = dedupe.add(item.dedupe);
        long c1 = threads.getCurrentThreadCpuTime();
        chunkDedupe += c1 - c0;
        if (v.isDuplicate()) {
          copies++;
          continue;
        }
        stories.assign(item.story);
        chunkStories += threads.getCurrentThreadCpuTime() - c1;
      }
      double wall = (System.nanoTime() - t0) / 1e9;
      dedupeCpu += chunkDedupe;
      storiesCpu += chunkStories;
      System.out.printf(
          Locale.ROOT,
          "%,9d articles: %,6.0f articles/s wall; per CPU-second: %,6.0f dedupe+stories"
              + " (dedupe alone %,7.0f, stories alone %,6.0f); %,d live stories%n",
          done + batch.size(),
          batch.size() / wall,
          batch.size() / ((chunkDedupe + chunkStories) / 1e9),
          batch.size() / (chunkDedupe / 1e9),
          batch.size() / (chunkStories / 1e9),
          stories.liveStories());
    }
    DetectorStats s = dedupe.stats();
    long dedupeBytes = s.windowBytes() + s.groupBytes();
    stories.evictNow();
    System.gc();
    long heap1 = memory.getHeapMemoryUsage().getUsed();
    System.out.printf(
        Locale.ROOT,
        "%,d articles (%,d found as copies): %,.0f articles per CPU-second overall"
            + " (dedupe %,.0f, stories %,.0f)%n"
            + "dedupe window: %,d articles, %.1f bytes/article accounted (window + groups);"
            + " stories: ~%.0f bytes/article estimated; heap of both after GC %.1f bytes/article%n",
        n,
        copies,
        n / ((dedupeCpu + storiesCpu) / 1e9),
        n / (dedupeCpu / 1e9),
        n / (storiesCpu / 1e9),
        s.articles(),
        dedupeBytes / (double) s.articles(),
        stories.approximateBytes() / (double) Math.max(1, n - copies),
        (heap1 - heap0) / (double) s.articles());
  }

  /** One generated article as both stages see it. */
  private record Item(Candidate dedupe, StoryCandidate story) {}

  /** {@link NewsStream} plus syndicated copies of recent articles. */
  private static final class Stream {
    private final NewsStream news;
    private final SplittableRandom random = new SplittableRandom(7);
    private final double copyShare;
    private final List<StoryCandidate> recent = new ArrayList<>();
    private long nextId = 1;
    private Instant now = Instant.EPOCH;

    Stream(int perDay, double copyShare) {
      this.news = new NewsStream(20_310_303L, Instant.parse("2031-03-03T00:00:00Z"), perDay);
      this.copyShare = copyShare;
    }

    List<Item> take(int count) {
      List<Item> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(next());
      }
      return out;
    }

    private Item next() {
      long id = nextId++;
      StoryCandidate base;
      String text;
      if (!recent.isEmpty() && random.nextDouble() < copyShare) {
        base = recent.get(recent.size() - 1 - random.nextInt(Math.min(recent.size(), 500)));
        String body = base.text();
        int cut = body.lastIndexOf('.', body.length() - 2);
        text = "JAKARTA, KABAR - " + (cut > body.length() / 2 ? body.substring(0, cut + 1) : body);
      } else {
        base = news.next();
        now = base.published();
        text = base.text();
        recent.add(base);
        if (recent.size() > 2_000) {
          recent.subList(0, 1_000).clear();
        }
      }
      ArticleId article = new ArticleId(id);
      StoryCandidate story =
          StoryCandidate.of(article, base.source(), base.language(), base.title(), text, now);
      Candidate dedupe =
          Candidate.of(
              article,
              CanonicalUrl.of("https://site" + (id % 300) + ".example/read/" + id),
              base.title(),
              text,
              now);
      return new Item(dedupe, story);
    }
  }
}
