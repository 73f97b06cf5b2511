package org.warta.bench.dedupe;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warta.dedupe.Candidate;
import org.warta.dedupe.DedupeSettings;
import org.warta.dedupe.DetectorStats;
import org.warta.dedupe.DuplicateDetector;
import org.warta.dedupe.Verdict;

/**
 * Articles per second through {@link DuplicateDetector#add} when the window already holds {@code
 * window} articles (the bar: dedupe plus story assignment at 2 000 articles/s per core with
 * 1 M articles of state), on the synthetic stream (20% copies). The setup prints the state's size:
 * bytes per article as the detector accounts them and as the heap grew.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC"})
public class DedupeBenchmark {
  /** Articles in the window before measuring. */
  @Param({"10000", "1000000"})
  public int window;

  private static final int BATCH = 100_000;

  private DuplicateDetector detector;
  private SyntheticNews news;
  private Candidate[] batch;
  private int next;

  @Setup(Level.Trial)
  public void fill() {
    DedupeSettings settings = DedupeSettings.defaults().withWindow(Duration.ofDays(3650), window);
    detector = DuplicateDetector.create(settings);
    news = new SyntheticNews(7, 0.2);
    long before = usedHeap();
    for (int i = 0; i < window; i++) {
      detector.add(news.next());
    }
    long after = usedHeap();
    DetectorStats s = detector.stats();
    System.out.printf(
        Locale.ROOT,
        "%nwindow %d: %.1f bytes/article accounted, %.1f bytes/article heap growth, %s%n",
        s.articles(),
        s.bytesPerArticle(),
        (after - before) / (double) s.articles(),
        s);
  }

  @Setup(Level.Iteration)
  public void nextBatch() {
    batch = new Candidate[BATCH];
    for (int i = 0; i < BATCH; i++) {
      batch[i] = news.next();
    }
    next = 0;
  }

  @Benchmark
  public Verdict add() {
    Candidate c = batch[next];
    next = (next + 1) % BATCH;
    return detector.add(c);
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }
}
