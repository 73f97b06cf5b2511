package org.warta.bench.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warta.core.RawPage;
import org.warta.extract.Extraction;
import org.warta.extract.Extractor;

/**
 * Article extraction against the speed limit of merely parsing: every 4th page of the {@code
 * scrapinghub} and {@code wcxb-dev-article} dev sets (as the issue measures), one page per
 * invocation, so the score is pages per second on one thread. {@code jsoupParseAndText} is jsoup
 * decoding, parsing and taking the body text of the same pages; {@code extract} is the whole of
 * {@link Extractor#extract} (charset, parse, metadata, body cascade, credits, language).
 *
 * <p>Data: {@code ../shared/bench/extraction} beside the repository, or {@code
 * -Dwarta.bench.extraction=<dir>}. Run: {@code java -jar warta-bench/target/warta-bench.jar
 * ExtractBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class ExtractBenchmark {
  private static final List<String> SETS = List.of("scrapinghub", "wcxb-dev-article");

  private final List<byte[]> pages = new ArrayList<>();
  private final List<URI> urls = new ArrayList<>();
  private final Extractor extractor = Extractor.standard();
  private int next;

  @Setup
  public void load() {
    Path root = Path.of(System.getProperty("warta.bench.extraction", "../shared/bench/extraction"));
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "extraction bench data not found at "
              + root.toAbsolutePath()
              + "; run from the repository root with ../shared/bench present, or pass"
              + " -Dwarta.bench.extraction=<dir>");
    }
    for (String set : SETS) {
      List<Path> files = DevSetPages.list(root.resolve(set).resolve("html"));
      for (int i = 0; i < files.size(); i += 4) {
        pages.add(DevSetPages.gunzip(files.get(i)));
        urls.add(URI.create("https://bench.example/" + set + "/" + i));
      }
    }
  }

  @Benchmark
  public int jsoupParseAndText() throws IOException {
    int i = advance();
    return Jsoup.parse(new ByteArrayInputStream(pages.get(i)), null, urls.get(i).toString())
        .body()
        .text()
        .length();
  }

  @Benchmark
  public Extraction extract() {
    int i = advance();
    return extractor.extract(RawPage.ofBytes(urls.get(i), pages.get(i)));
  }

  private int advance() {
    next = next + 1 == pages.size() ? 0 : next + 1;
    return next;
  }
}
