package org.warta.bench.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.warta.bench.pipeline.LargeWarc;
import org.warta.warc.ArchiveFilter;
import org.warta.warc.ArchivedPage;
import org.warta.warc.WarcArchive;

/**
 * WARC reading without the import: alternating passes of (1) a plain jwarc read decoding every
 * response body — the limit — and (2) {@link WarcArchive} delivering the HTML pages as RawPages
 * (filters, stored bytes read, then decoded), over the same file; prints each pass and the best of
 * each, with records/s and MB/s. Best-of-N suits a shared machine, where the neighbours only ever
 * make a pass slower.
 *
 * <pre>
 * mvn -B -q -pl warta-bench -am package -DskipTests
 * java -Xmx512m -cp warta-bench/target/warta-bench.jar org.warta.bench.warc.WarcReadBench \
 *     [copies=20] [passes=8] [warc file to reuse or create]
 * </pre>
 */
public final class WarcReadBench {
  private WarcReadBench() {}

  public static void main(String[] args) throws Exception {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Path file =
        args.length > 2
            ? Path.of(args[2])
            : Path.of(
                System.getProperty("java.io.tmpdir"), "warta-read-bench-" + copies + ".warc.gz");
    if (!Files.exists(file)) {
      LargeWarc.write(file, copies);
    }
    double mb = Files.size(file) / 1048576.0;
    System.out.printf(
        "file %s %.1f MB, cores %d%n", file, mb, Runtime.getRuntime().availableProcessors());
    double bestJwarc = Double.MAX_VALUE;
    double bestArchive = Double.MAX_VALUE;
    long records = 0;
    long pages = 0;
    for (int pass = 0; pass < passes; pass++) {
      long t = System.nanoTime();
      records = jwarc(file);
      double jw = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      pages = archive(file);
      double wa = (System.nanoTime() - t) / 1e9;
      bestJwarc = Math.min(bestJwarc, jw);
      bestArchive = Math.min(bestArchive, wa);
      System.out.printf("pass %d: jwarc %.2f s, WarcArchive %.2f s%n", pass + 1, jw, wa);
    }
    System.out.printf(
        "best jwarc (all %d records, every response body)  %.2f s: %8.0f records/s %6.1f MB/s%n",
        records, bestJwarc, records / bestJwarc, mb / bestJwarc);
    System.out.printf(
        "best WarcArchive (%d HTML pages)                  %.2f s: %8.0f records/s %6.1f MB/s"
            + "  (%.0f %% of jwarc)%n",
        pages, bestArchive, records / bestArchive, mb / bestArchive, 100 * bestJwarc / bestArchive);
  }

  private static long jwarc(Path file) throws IOException {
    long records = 0;
    try (WarcReader reader = new WarcReader(file)) {
      for (WarcRecord record : reader) {
        records++;
        if (record instanceof WarcResponse response) {
          try (InputStream in = response.http().bodyDecoded().stream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
          }
        }
      }
    }
    return records;
  }

  private static long archive(Path file) throws IOException {
    long pages = 0;
    try (WarcArchive archive =
        WarcArchive.open(file, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      for (java.util.Optional<ArchivedPage> p = archive.next(); p.isPresent(); p = archive.next()) {
        pages += p.get().page().body().length > 0 ? 1 : 0;
      }
    }
    return pages;
  }
}
