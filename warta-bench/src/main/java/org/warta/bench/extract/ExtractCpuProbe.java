package org.warta.bench.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.warta.core.RawPage;
import org.warta.extract.Extraction;
import org.warta.extract.Extractor;
import org.warta.extract.batch.BatchRun;

/**
 * Extraction speed as CPU time on one thread, steadier than wall-clock throughput on a loaded
 * machine: the pages of {@link ExtractBenchmark} (every 4th page of {@code scrapinghub} and {@code
 * wcxb-dev-article}), warmed up, then alternating passes of jsoup parse+text and of {@link
 * Extractor#extract} in the same JVM, each timed with the thread's CPU clock ({@link
 * ThreadMXBean#getCurrentThreadCpuTime()}). Reports the median CPU time per page of each and their
 * ratio (jsoup time / extract time: the share of jsoup's rate that extraction reaches).
 *
 * <p>With {@code --dump <dir>} it instead writes every field of every extraction of all pages of
 * the three dev sets ({@code <set>.txt}, one block per page, maps sorted) and the batch predictions
 * ({@code <set>.jsonl}, as {@code warta extract --batch} writes them): the output-equality check
 * for speed work (compare dumps before and after a change with {@code cmp}).
 *
 * <p>Run: {@code java -cp warta-bench/target/warta-bench.jar
 * org.warta.bench.extract.ExtractCpuProbe [passes]} or {@code ... ExtractCpuProbe --dump /tmp/d}
 * from the repository root ({@code -Dwarta.bench.extraction=<dir>} for the data elsewhere).
 */
public final class ExtractCpuProbe {
  private static final List<String> TIMED_SETS = List.of("scrapinghub", "wcxb-dev-article");
  private static final List<String> ALL_SETS =
      List.of("scrapinghub", "wcxb-dev-article", "id-portals-synth");

  private ExtractCpuProbe() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(System.getProperty("warta.bench.extraction", "../shared/bench/extraction"));
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "extraction bench data not found at " + root.toAbsolutePath());
    }
    if (args.length == 2 && args[0].equals("--dump")) {
      dump(root, Path.of(args[1]));
    } else {
      time(root, args.length == 1 ? Integer.parseInt(args[0]) : 15);
    }
  }

  private static void time(Path root, int passes) {
    List<byte[]> pages = new ArrayList<>();
    List<URI> urls = new ArrayList<>();
    for (String set : TIMED_SETS) {
      List<Path> files = DevSetPages.list(root.resolve(set).resolve("html"));
      for (int i = 0; i < files.size(); i += 4) {
        pages.add(DevSetPages.gunzip(files.get(i)));
        urls.add(URI.create("https://bench.example/" + set + "/" + i));
      }
    }
    Extractor extractor = Extractor.standard();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int w = 0; w < 5; w++) { // warm-up: both code paths compiled before timing
      sink += jsoupPass(pages, urls) + extractPass(extractor, pages, urls);
    }
    long[] jsoup = new long[passes];
    long[] extract = new long[passes];
    double[] ratio = new double[passes];
    for (int p = 0; p < passes; p++) {
      // page by page, alternating, so that both see the same load on the machine
      for (int i = 0; i < pages.size(); i++) {
        long t0 = mx.getCurrentThreadCpuTime();
        sink += jsoupPage(pages.get(i), urls.get(i));
        long t1 = mx.getCurrentThreadCpuTime();
        sink += extractor.extract(RawPage.ofBytes(urls.get(i), pages.get(i))).bodyText().length();
        long t2 = mx.getCurrentThreadCpuTime();
        jsoup[p] += t1 - t0;
        extract[p] += t2 - t1;
      }
      ratio[p] = (double) jsoup[p] / extract[p];
    }
    double jsoupUs = median(jsoup) / 1000.0 / pages.size();
    double extractUs = median(extract) / 1000.0 / pages.size();
    double[] sorted = ratio.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "pages %d, passes %d (median CPU time per page, one thread)%n"
            + "jsoup parse+text %8.0f us/page  %6.1f pages/CPU-s  (min %.0f, max %.0f)%n"
            + "extract          %8.0f us/page  %6.1f pages/CPU-s  (min %.0f, max %.0f)%n"
            + "ratio extract/jsoup rate: median %.3f (passes from %.3f to %.3f)   [sink %d]%n",
        pages.size(),
        passes,
        jsoupUs,
        1e6 / jsoupUs,
        min(jsoup) / 1000.0 / pages.size(),
        max(jsoup) / 1000.0 / pages.size(),
        extractUs,
        1e6 / extractUs,
        min(extract) / 1000.0 / pages.size(),
        max(extract) / 1000.0 / pages.size(),
        sorted[sorted.length / 2],
        sorted[0],
        sorted[sorted.length - 1],
        sink);
  }

  private static long jsoupPass(List<byte[]> pages, List<URI> urls) {
    long n = 0;
    for (int i = 0; i < pages.size(); i++) {
      n += jsoupPage(pages.get(i), urls.get(i));
    }
    return n;
  }

  /** What {@link ExtractBenchmark#jsoupParseAndText} does: decode, parse, body text. */
  private static long jsoupPage(byte[] page, URI url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(page), null, url.toString())
          .body()
          .text()
          .length();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long extractPass(Extractor extractor, List<byte[]> pages, List<URI> urls) {
    long n = 0;
    for (int i = 0; i < pages.size(); i++) {
      n += extractor.extract(RawPage.ofBytes(urls.get(i), pages.get(i))).bodyText().length();
    }
    return n;
  }

  private static void dump(Path root, Path out) throws IOException {
    Files.createDirectories(out);
    Extractor extractor = Extractor.standard();
    for (String set : ALL_SETS) {
      new BatchRun(extractor).run(root.resolve(set), out.resolve(set + ".jsonl"), BatchRun.quiet());
      java.util.Map<String, URI> urls = new java.util.HashMap<>();
      Path tsv = root.resolve(set).resolve("urls.tsv");
      if (Files.exists(tsv)) {
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", 2);
          if (f.length == 2) {
            urls.put(f[0].strip(), URI.create(f[1].strip()));
          }
        }
      }
      StringBuilder sb = new StringBuilder();
      for (Path file : DevSetPages.list(root.resolve(set).resolve("html"))) {
        URI url =
            urls.getOrDefault(
                BatchRun.id(file), URI.create("https://bench.example/" + file.getFileName()));
        Extraction e = extractor.extract(RawPage.ofBytes(url, DevSetPages.gunzip(file)));
        sb.append("=== ").append(file.getFileName()).append('\n');
        for (var c : Extraction.class.getRecordComponents()) {
          Object v;
          try {
            v = c.getAccessor().invoke(e);
          } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
          }
          if (v instanceof java.util.Map<?, ?> m) {
            v = new TreeMap<>(m);
          } else if (v instanceof org.warta.extract.Diagnostics d) {
            v =
                List.of(
                    d.stage(), d.reason(), d.charset(), new TreeMap<>(d.dropped()), d.warnings());
          }
          sb.append(c.getName()).append(": ").append(v).append('\n');
        }
      }
      Files.writeString(out.resolve(set + ".txt"), sb, StandardCharsets.UTF_8);
      System.out.println(set + ": " + sb.length() + " chars");
    }
  }

  private static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  private static long min(long[] v) {
    return Arrays.stream(v).min().orElse(0);
  }

  private static long max(long[] v) {
    return Arrays.stream(v).max().orElse(0);
  }
}
