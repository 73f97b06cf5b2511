package org.warta.bench.core;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warta.core.CanonicalUrl;

/** How fast article URLs are normalised into identities (every ingested link goes through it). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CanonicalUrlBenchmark {
  private final String[] urls = {
    "https://News.Example.COM:443/2026/11/29/niger-ends-pact.html?utm_source=rss&utm_medium=feed",
    "http://www.example.co.id/read/2026/11/29/123456/judul-berita?page=2#comments",
    "https://example.org/%7Eeditor/story?id=42&fbclid=IwAR0abc",
  };
  private int next;

  @Benchmark
  public CanonicalUrl normalise() {
    next = (next + 1) % urls.length;
    return CanonicalUrl.of(urls[next]);
  }
}
