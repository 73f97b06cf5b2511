package org.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.warta.benchgen.BenchLoad;
import org.warta.benchgen.BenchSettings;
import org.warta.benchgen.BenchWarc;
import org.warta.benchgen.QueryBench;
import org.warta.cli.console.TaskProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta bench ...}: synthetic corpora and the store scale benchmarks (see
 * docs/benchmarks.md).
 */
@Command(
    name = "bench",
    description = "Scale benchmarks: generate a synthetic corpus, time the page and API queries.",
    subcommands = {
      BenchCommand.Generate.class,
      BenchCommand.Queries.class,
      BenchCommand.Scale.class
    })
public final class BenchCommand implements WartaSubcommand.HasGlobalOptions {
  @picocli.CommandLine.Mixin GlobalOptions global = new GlobalOptions();

  @Override
  public GlobalOptions global() {
    return global;
  }

  /**
   * Bytes a stored article takes, database and search index together: measured 6,145 at 1 M
   * articles on SQLite (5,642 database + 503 index), rounded up.
   */
  static final long BYTES_PER_ARTICLE = 6_500;

  /** {@code warta bench generate --articles N --sources M [--warc file]}. */
  @Command(
      name = "generate",
      description = {
        "Make a realistic synthetic corpus without network (fictional publishers, id/en, 2-15"
            + " paragraphs, stories across sources, 8%% copies).",
        "With --warc: a WARC file for warta import-warc; else written straight into the"
            + " configured store (resumable: run it again to continue)."
      })
  public static final class Generate extends WartaSubcommand {
    @Option(names = "--articles", required = true, paramLabel = "<n>", description = "Articles")
    long articles;

    @Option(names = "--sources", required = true, paramLabel = "<m>", description = "Sources")
    int sources;

    @Option(names = "--warc", paramLabel = "<file>", description = "Write a WARC file instead")
    @Nullable Path warc;

    @Override
    protected int run(App app) throws IOException {
      BenchSettings settings = benchSettings(articles, sources);
      long start = System.nanoTime();
      long n;
      try (TaskProgress progress = console.progress("generate", "articles", 1)) {
        progress.total(articles);
        long[] shown = {0};
        java.util.function.LongConsumer report =
            done -> {
              progress.advance(done - shown[0], "");
              shown[0] = done;
            };
        n =
            warc != null
                ? BenchWarc.write(settings, warc, report)
                : BenchLoad.load(settings, app.store(), report);
      }
      double s = (System.nanoTime() - start) / 1e9;
      console.println(
          String.format(
              Locale.ROOT,
              "%d articles from %d sources %s in %.1f s (%.0f articles/s)%s",
              n,
              sources,
              warc != null ? "written to " + warc : "loaded into " + app.databaseUrl().redacted(),
              s,
              n / Math.max(s, 1e-3),
              warc != null
                  ? ""
                  : "; the store holds "
                      + app.store().articles().count()
                      + " (a copy naming another article's URL as canonical is that article);"
                      + " run warta reindex to build the search index"));
      return 0;
    }
  }

  /** {@code warta bench queries [--rounds R]}. */
  @Command(
      name = "queries",
      description = "Time the store queries of the reader pages and the API (p50/p99).")
  public static final class Queries extends WartaSubcommand {
    @Option(names = "--rounds", paramLabel = "<r>", description = "Calls per query (default 1000)")
    int rounds = 1000;

    @Override
    protected int run(App app) {
      console.println("store " + app.databaseUrl().redacted());
      for (QueryBench.Result r : new QueryBench(app.store()).run(rounds)) {
        console.println(r.line());
      }
      return 0;
    }
  }

  /**
   * {@code warta bench scale --articles 10000000}: the long run (not part of CI): checks free disk
   * first, loads resumably, then times the queries.
   */
  @Command(
      name = "scale",
      description = {
        "Long-running scale benchmark (e.g. 10 M articles): checks free disk space first, loads"
            + " the synthetic corpus into the configured store (resumable: rerun to continue),"
            + " then times the page and API queries."
      })
  public static final class Scale extends WartaSubcommand {
    @Option(names = "--articles", paramLabel = "<n>", description = "Default 10000000")
    long articles = 10_000_000;

    @Option(names = "--sources", paramLabel = "<m>", description = "Default 2000")
    int sources = 2_000;

    @Option(names = "--rounds", paramLabel = "<r>", description = "Calls per query (default 500)")
    int rounds = 500;

    @Override
    protected int run(App app) throws IOException {
      Path data = app.settings().dataDir();
      Files.createDirectories(data);
      long free = Files.getFileStore(data).getUsableSpace();
      long need = articles * BYTES_PER_ARTICLE * 11 / 10;
      if (free < need) {
        throw new UserError(
            String.format(
                Locale.ROOT,
                "%d articles need about %.1f GB but %s has %.1f GB free; free space or use"
                    + " --articles with fewer",
                articles,
                need / 1e9,
                data,
                free / 1e9));
      }
      console.info("loading (resumable) into " + app.databaseUrl().redacted());
      try (TaskProgress progress = console.progress("load", "articles", 1)) {
        progress.total(articles);
        long[] shown = {0};
        BenchLoad.load(
            benchSettings(articles, sources),
            app.store(),
            done -> {
              progress.advance(done - shown[0], "");
              shown[0] = done;
            });
      }
      for (QueryBench.Result r : new QueryBench(app.store()).run(rounds)) {
        console.println(r.line());
      }
      return 0;
    }
  }

  static BenchSettings benchSettings(long articles, int sources) {
    try {
      return BenchSettings.of(articles, sources);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
