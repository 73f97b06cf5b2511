package org.warta.cli;

import org.jspecify.annotations.Nullable;
import org.warta.cli.console.TaskProgress;
import org.warta.pipeline.archive.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta demo}: the reader over the bundled sample corpus. The sample is imported before the
 * server starts listening, so the first page served is the full site.
 */
@Command(
    name = "demo",
    description = {
      "Import the bundled sample news (fictional publishers and events) and serve the reader on"
          + " it.",
      "Nothing is fetched from the network."
    })
public final class DemoCommand extends WartaSubcommand {
  @Option(
      names = "--port",
      paramLabel = "<port>",
      description = "Port (default: WARTA_PORT or 8080)")
  @Nullable Integer port;

  @Override
  protected int run(App app) throws Exception {
    ImportSummary summary;
    try (TaskProgress progress = console.progress("sample", "MB", 1 << 20)) {
      summary = DemoCorpus.importInto(app, progress);
    }
    if (summary.records() > 0) {
      console.info(summary.line());
    }
    return ServeCommand.serve(app, port, false, console);
  }
}
