package org.warta.bench.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
import org.warta.feed.Feed;
import org.warta.feed.FeedReader;

/**
 * Feed parsing in items per second: Warta's {@link FeedReader} (hardened StAX → element tree →
 * adapter to {@code FeedItem}, dates parsed, links resolved, lead image chosen) against ROME 2.1.0
 * ({@code SyndFeedInput} over {@code XmlReader}, JDOM → {@code SyndFeed}) on the same generated
 * corpus ({@link FeedCorpus}), bytes in, entries out. One invocation parses all {@value
 * FeedCorpus#FEEDS} feeds of a format, so the score is items/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
@OperationsPerInvocation(FeedCorpus.ITEMS)
public class FeedParseBenchmark {
  @Param({"rss", "atom", "rdf"})
  public String format = "rss";

  private List<byte[]> corpus = List.of();
  private final URI url = URI.create("https://pub.example/feed");

  @Setup
  public void generate() {
    corpus = FeedCorpus.of(format);
    for (byte[] feed : corpus) { // both parsers must read every item, or the comparison is void
      int warta = FeedReader.read(feed, url, "").items().size();
      int rome = rome(feed).getEntries().size();
      if (warta != FeedCorpus.ITEMS_PER_FEED || rome != FeedCorpus.ITEMS_PER_FEED) {
        throw new IllegalStateException("items read: warta " + warta + ", rome " + rome);
      }
    }
  }

  @Benchmark
  public void warta(Blackhole blackhole) {
    for (byte[] body : corpus) {
      Feed feed = FeedReader.read(body, url, "application/xml");
      blackhole.consume(feed.items());
    }
  }

  @Benchmark
  public void rome(Blackhole blackhole) {
    for (byte[] body : corpus) {
      blackhole.consume(rome(body).getEntries());
    }
  }

  private static SyndFeed rome(byte[] body) {
    try {
      return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (IOException | FeedException e) {
      throw new IllegalStateException("ROME failed on the corpus", e);
    }
  }
}
