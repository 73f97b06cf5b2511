package org.warta.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.warta.extract.Extractor;
import org.warta.pipeline.Progress;
import org.warta.pipeline.archive.ArchiveImport;
import org.warta.pipeline.archive.ImportSummary;
import org.warta.pipeline.index.IndexSync;
import org.warta.pipeline.ingest.ArticleIngest;
import org.warta.search.SearchIndex;
import org.warta.store.DatabaseUrl;
import org.warta.store.Store;
import org.warta.warc.ArchiveFilter;
import org.warta.warc.ArchivedPage;
import org.warta.warc.WarcArchive;

/**
 * WARC import throughput against its limit, on the same file: (1) a plain jwarc read of every
 * record with every HTTP response body decoded and read — no work can be faster; (2) warta-warc's
 * {@link WarcArchive} delivering the HTML pages as RawPages (filters, decoding); (3) the full
 * {@code warta import-warc} path ({@link ArchiveImport}: extraction, SQLite store, Lucene index,
 * checkpoints). The file is {@link LargeWarc}: the sample corpus copied {@code copies} times.
 *
 * <pre>
 * mvn -B -q -pl warta-bench -am package -DskipTests
 * java -Xmx512m -cp warta-bench/target/warta-bench.jar org.warta.bench.pipeline.WarcImportBench \
 *     [copies=40] [warc file to reuse or create]
 * </pre>
 */
public final class WarcImportBench {
  private WarcImportBench() {}

  public static void main(String[] args) throws Exception {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    Path work = Files.createTempDirectory("warta-warc-bench");
    Path file = args.length > 1 ? Path.of(args[1]) : work.resolve("large.warc.gz");
    try {
      if (!Files.exists(file)) {
        long t = System.nanoTime();
        LargeWarc.write(file, copies);
        System.out.printf(
            "wrote %s (%d copies) in %.1f s%n", file, copies, (System.nanoTime() - t) / 1e9);
      }
      double mb = Files.size(file) / 1048576.0;
      System.out.printf(
          "file %.1f MB, cores %d, max heap %d MiB%n",
          mb, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
      jwarc(file, mb); // warm-up
      report("jwarc, all records + bodies", jwarc(file, mb), mb);
      report("WarcArchive, HTML pages", archive(file), mb);
      report("ArchiveImport (import-warc)", fullImport(file, work), mb);
    } finally {
      delete(work);
    }
  }

  /** Records (or pages for the second number) and seconds. */
  private record Run(long records, long pages, double seconds) {}

  private static void report(String label, Run run, double mb) {
    System.out.printf(
        "%-30s %7d records (%6d pages) in %6.2f s: %8.0f records/s  %6.1f MB/s%n",
        label, run.records, run.pages, run.seconds, run.records / run.seconds, mb / run.seconds);
  }

  private static Run jwarc(Path file, double mb) throws IOException {
    long start = System.nanoTime();
    long records = 0;
    long pages = 0;
    try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
      for (WarcRecord record : reader) {
        records++;
        if (record instanceof WarcResponse response) {
          try (InputStream in = response.http().bodyDecoded().stream()) {
            in.transferTo(OutputStreamSink.INSTANCE);
          }
          pages++;
        }
      }
    }
    return new Run(records, pages, (System.nanoTime() - start) / 1e9);
  }

  private static Run archive(Path file) throws IOException {
    long start = System.nanoTime();
    try (WarcArchive archive =
        WarcArchive.open(file, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
      long pages = 0;
      for (Optional<ArchivedPage> p = archive.next(); p.isPresent(); p = archive.next()) {
        pages++;
      }
      return new Run(archive.records(), pages, (System.nanoTime() - start) / 1e9);
    }
  }

  private static Run fullImport(Path file, Path work) throws IOException {
    Path data = work.resolve("data");
    try (Store store = Store.open(DatabaseUrl.sqliteIn(data));
        SearchIndex index = SearchIndex.open(data.resolve("index"))) {
      ArchiveImport importer =
          new ArchiveImport(
              store, new ArticleIngest(store, Extractor.standard()), new IndexSync(store, index));
      long start = System.nanoTime();
      ImportSummary summary = importer.run(file, ArchiveFilter.htmlPages(), false, Progress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.println("  " + summary.line());
      return new Run(summary.records(), summary.created(), seconds);
    }
  }

  /** Discards bytes. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
