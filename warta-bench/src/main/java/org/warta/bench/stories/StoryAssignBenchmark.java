package org.warta.bench.stories;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.warta.stories.StoryCandidate;
import org.warta.stories.StoryClusterer;
import org.warta.stories.StorySettings;

/**
 * Story assignment time per article while the clusterer holds the state of {@code stateArticles}
 * articles of a generated stream ({@link NewsStream}, {@code perDay} articles a day, so with the
 * defaults one million articles fill the seven-day window). Setup streams the state in (not
 * measured); each measured invocation assigns the next {@value #BATCH} articles, generated
 * beforehand, so text generation is not counted. Score: microseconds per article (1e6 / score =
 * articles per second on one core).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, batchSize = 1)
@Measurement(iterations = 5, batchSize = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@OperationsPerInvocation(StoryAssignBenchmark.BATCH)
public class StoryAssignBenchmark {
  static final int BATCH = 20_000;

  @Param({"1000000"})
  public int stateArticles = 1_000_000;

  @Param({"143000"})
  public int perDay = 143_000;

  private StoryClusterer clusterer = StoryClusterer.create(StorySettings.defaults(), 1);
  private NewsStream stream = new NewsStream(1, Instant.EPOCH, 1);
  private List<StoryCandidate> batch = List.of();

  @Setup(Level.Trial)
  public void fill() {
    stream = new NewsStream(20_310_303L, Instant.parse("2031-03-03T00:00:00Z"), perDay);
    clusterer = StoryClusterer.create(StorySettings.defaults(), 1);
    for (int i = 0; i < stateArticles; i++) {
      clusterer.assign(stream.next());
    }
  }

  @Setup(Level.Iteration)
  public void nextBatch() {
    batch = stream.take(BATCH);
  }

  @Benchmark
  public void assign(Blackhole hole) {
    for (StoryCandidate c : batch) {
      hole.consume(clusterer.assign(c));
    }
  }
}
