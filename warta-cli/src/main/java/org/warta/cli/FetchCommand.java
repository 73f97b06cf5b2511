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
    Thread main = Thread.currentThread();
    java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    Scheduler scheduler =
        new Scheduler(
            round, this::report, e -> console.warn("polling round failed: " + e.getMessage()));
    // Ctrl-C: the round in progress may finish, then this thread closes the store and index; the
    // JVM waits for that (a round that does not end in time is interrupted)
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  scheduler.stop();
                  try {
                    if (!closed.await(20, java.util.concurrent.TimeUnit.SECONDS)) {
                      main.interrupt();
                      closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    try {
      scheduler.runUntilStopped();
    } finally {
      boolean interrupted = Thread.interrupted(); // closing files must not see the interrupt
      try {
        app.close();
      } finally {
        closed.countDown();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
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
