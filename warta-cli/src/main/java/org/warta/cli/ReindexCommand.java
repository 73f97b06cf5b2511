package org.warta.cli;

import org.warta.cli.console.TaskProgress;
import picocli.CommandLine.Command;

/** {@code warta reindex}: rebuilds the search index from the database. */
@Command(name = "reindex", description = "Rebuild the full-text search index from the database.")
public final class ReindexCommand extends WartaSubcommand {
  @Override
  protected int run(App app) {
    long start = System.nanoTime();
    long count;
    try (TaskProgress progress = console.progress("reindex", "articles", 1)) {
      count = app.rebuildIndex(progress);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    console.println(
        String.format(
            java.util.Locale.ROOT,
            "indexed %d articles in %.1f s (%.0f articles/s); index holds %d documents",
            count,
            seconds,
            count / Math.max(seconds, 1e-3),
            app.index().count()));
    return 0;
  }
}
