package org.warta.cli;

import org.warta.pipeline.refresh.PollingRound;
import org.warta.pipeline.refresh.RefreshReport;
import org.warta.pipeline.refresh.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta fetch [--once [--all]]}: polls the sources. */
@Command(
    name = "fetch",
    description = {
      "Poll the sources that are due, fetch their new articles and index them.",
      "Without --once it keeps polling until stopped (Ctrl-C)."
    })
public final class FetchCommand extends WartaSubcommand {
  @Option(names = "--once", description = "Run one polling round and exit")
  boolean once;

  @Option(
      names = "--all",
      description =
          "With --once: poll every source now, not only the due ones (robots.txt and Retry-After"
              + " still apply)")
  boolean all;

  @Override
  protected int run(App app) throws InterruptedException {
    if (all && !once) {
      throw new UserError("--all goes with --once: 'warta fetch --once --all'");
    }
    PollingRound round = app.pollingRound();
    if (once) {
      PollingRound.Summary summary = round.run(all);
      report(summary);
      return summary.failedSources() == 0 ? 0 : 1;
    }
    console.info("polling sources until stopped (Ctrl-C)");
    try (Scheduler scheduler =
        new Scheduler(
            round, this::report, e -> console.warn("polling round failed: " + e.getMessage()))) {
      Thread main = Thread.currentThread();
      Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt));
      scheduler.runUntilStopped();
    }
    return 0;
  }

  private void report(PollingRound.Summary summary) {
    for (RefreshReport r : summary.reports()) {
      console.info(
          String.format(
              java.util.Locale.ROOT,
              "%s %s: %d listed, %d new, %d known, %d skipped, %d failed%s",
              r.source(),
              r.sourceName(),
              r.listed(),
              r.created(),
              r.known(),
              r.skipped(),
              r.failed(),
              r.ok() ? "" : " - " + r.error()));
    }
    console.println(summary.line());
  }
}
