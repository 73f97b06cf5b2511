package org.warta.extract.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.warta.core.RawPage;
import org.warta.extract.Extraction;
import org.warta.extract.Extractor;

/**
 * Extracts every page of a data set folder and writes predictions: reads {@code html/<id>.html.gz}
 * or {@code html/<id>.html} (id = file name without extensions, verbatim), takes each page's URL
 * from {@code urls.tsv} ({@code id<TAB>url}) when present, and never reads {@code
 * ground-truth.jsonl}. A document that cannot be read is reported and written with empty fields.
 */
public final class BatchRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Progress events: one call per document with its id and, for failures, the reason. */
  public interface Listener {
    void done(String id, String failure);
  }

  private final Extractor extractor;

  public BatchRun(Extractor extractor) {
    this.extractor = extractor;
  }

  /** The page files of a data set, sorted by name; fails with a clear message when absent. */
  public static List<Path> pages(Path dataset) {
    Path html = dataset.resolve("html");
    if (!Files.isDirectory(html)) {
      throw new IllegalArgumentException(
          "no html/ folder in "
              + dataset
              + ": a data set holds html/<id>.html.gz or html/<id>.html");
    }
    try (Stream<Path> files = Files.list(html)) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().endsWith(".html.gz")
                      || p.getFileName().toString().endsWith(".html"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + html, e);
    }
  }

  public static String id(Path page) {
    String name = page.getFileName().toString();
    return name.endsWith(".html.gz")
        ? name.substring(0, name.length() - 8)
        : name.substring(0, name.length() - 5);
  }

  /** Runs over the data set, writing one JSON line per page to {@code out}. */
  public BatchSummary run(Path dataset, Path out, Listener listener) throws IOException {
    List<Path> pages = pages(dataset);
    Map<String, String> urls = urls(dataset.resolve("urls.tsv"));
    List<String> failures = new ArrayList<>();
    long nanos = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path page : pages) {
        String id = id(page);
        Prediction p;
        String failure = "";
        try {
          byte[] bytes = read(page);
          URI url = url(urls.get(id), page);
          long start = System.nanoTime();
          Extraction e = extractor.extract(RawPage.ofBytes(url, bytes));
          nanos += System.nanoTime() - start;
          p = Prediction.of(id, e);
          if (e.diagnostics().stage().equals("none") && !e.diagnostics().warnings().isEmpty()) {
            failure = e.diagnostics().warnings().getLast();
          }
        } catch (IOException | UncheckedIOException e) {
          p = Prediction.failed(id);
          failure = "cannot read " + page + ": " + e.getMessage();
        }
        if (!failure.isEmpty()) {
          failures.add(id + ": " + failure);
        }
        w.write(JSON.writeValueAsString(p));
        w.newLine();
        listener.done(id, failure);
      }
    }
    return new BatchSummary(pages.size(), failures, Duration.ofNanos(nanos));
  }

  static byte[] read(Path page) throws IOException {
    if (page.getFileName().toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(page);
  }

  private static URI url(@org.jspecify.annotations.Nullable String fromTsv, Path page) {
    if (fromTsv != null) {
      try {
        URI u = new URI(fromTsv.strip());
        if (u.getHost() != null) {
          return u;
        }
      } catch (URISyntaxException e) {
        // fall back to the file URL
      }
    }
    return page.toAbsolutePath().toUri();
  }

  static Map<String, String> urls(Path tsv) throws IOException {
    Map<String, String> urls = new HashMap<>();
    if (!Files.exists(tsv)) {
      return urls;
    }
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        urls.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
      }
    }
    return urls;
  }

  /** A listener that does nothing. */
  public static Listener quiet() {
    return (id, failure) -> {};
  }
}
