package org.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.cli.console.Console;
import org.warta.cli.console.TaskProgress;
import org.warta.core.RawPage;
import org.warta.extract.Extraction;
import org.warta.extract.Extractor;
import org.warta.extract.batch.BatchRun;
import org.warta.extract.batch.BatchSummary;
import org.warta.extract.batch.ExtractionView;
import org.warta.fetch.FetchRequest;
import org.warta.fetch.FetchResult;
import org.warta.fetch.Fetcher;
import org.warta.fetch.FetcherSettings;
import org.warta.fetch.InMemoryUrlStateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta extract <file-or-url> [--format json|text|html]} prints what extraction finds in one
 * page; {@code warta extract --batch <dataset-dir> --out <predictions.jsonl>} extracts a data set
 * laid out as {@code shared/bench/extraction/*} for {@code extract-eval/score.py}. The logic lives
 * in warta-extract ({@link Extractor}, {@link BatchRun}); URLs are fetched politely by warta-fetch.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the article of one page (a file or an http(s) URL), or of a whole data set"
          + " (--batch).",
      "Batch output: one JSON line per page {\"id\",\"title\",\"author\",\"date\",\"text\"}."
    })
public final class ExtractCommand implements Callable<Integer> {
  /** What to print for one page. */
  enum Format {
    json,
    text,
    html
  }

  @Parameters(
      arity = "0..1",
      paramLabel = "<file-or-url>",
      description = "An HTML file or an http(s) URL")
  Optional<String> input = Optional.empty();

  @Option(
      names = "--format",
      paramLabel = "json|text|html",
      description = "Output for one page (default: json)")
  Format format = Format.json;

  @Option(
      names = "--batch",
      paramLabel = "<dataset-dir>",
      description = "A folder with html/<id>.html[.gz] and optional urls.tsv")
  Optional<Path> batch = Optional.empty();

  @Option(
      names = "--out",
      paramLabel = "<predictions.jsonl>",
      description = "Where --batch writes its JSON lines")
  Optional<Path> out = Optional.empty();

  private final Console console = Console.system();

  @Override
  public Integer call() throws IOException {
    if (batch.isPresent()) {
      return runBatch(
          batch.get(),
          out.orElseThrow(() -> new UserError("--batch needs --out <predictions.jsonl>")));
    }
    String target =
        input.orElseThrow(
            () -> new UserError("give a file or URL, or --batch <dataset-dir> --out <file>"));
    Extraction e = Extractor.standard().extract(page(target));
    switch (format) {
      case json ->
          console.println(
              new ObjectMapper()
                  .enable(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(ExtractionView.of(e)));
      case text -> console.println((e.title().isEmpty() ? "" : e.title() + "\n\n") + e.bodyText());
      case html -> console.println(e.bodyHtml());
    }
    return 0;
  }

  private int runBatch(Path dataset, Path predictions) throws IOException {
    List<Path> pages;
    try {
      pages = BatchRun.pages(dataset);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    BatchSummary summary;
    try (TaskProgress progress = console.progress("extract", "docs", 1)) {
      progress.total(pages.size());
      summary =
          new BatchRun(Extractor.standard())
              .run(
                  dataset,
                  predictions,
                  (id, failure) -> {
                    if (!failure.isEmpty()) {
                      progress.warn(id + ": " + failure);
                    }
                    progress.advance(1, id);
                  });
    } catch (IOException e) {
      throw new UserError("cannot write " + predictions + ": " + e.getMessage(), e);
    }
    console.println(summary.line() + " -> " + predictions);
    return 0;
  }

  /** The page: read from a file, or fetched when the argument is an http(s) URL. */
  private static RawPage page(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return fetch(URI.create(target));
    }
    Path file = Path.of(target);
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + target + " (give an HTML file or an http(s) URL)");
    }
    try {
      byte[] bytes = target.endsWith(".gz") ? gunzip(file) : Files.readAllBytes(file);
      return RawPage.ofBytes(file.toAbsolutePath().toUri(), bytes);
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static RawPage fetch(URI url) {
    try (Fetcher fetcher =
        Fetcher.create(FetcherSettings.defaults(), new InMemoryUrlStateStore())) {
      FetchResult result = fetcher.fetch(FetchRequest.page(url));
      return switch (result) {
        case FetchResult.Fetched f -> f.page();
        case FetchResult.NotModified n ->
            throw new UserError(url + ": not modified, nothing to extract");
        case FetchResult.Blocked b -> throw new UserError(url + ": " + b.problem().message());
        case FetchResult.Failed f -> throw new UserError(url + ": " + f.problem().message());
      };
    }
  }
}
