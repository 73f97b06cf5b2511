package org.warta.cli.console;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar with rate and ETA, redrawn in place on a terminal. */
final class BarProgress implements TaskProgress {
  private final ProgressBar bar;
  private final PrintStream err;

  BarProgress(String task, String unit, long unitSize, PrintStream err) {
    this.err = err;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setUnit(" " + unit, unitSize)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .showSpeed()
            .setInitialMax(-1)
            .build();
  }

  @Override
  public void total(long units) {
    bar.maxHint(units);
  }

  @Override
  public void advance(long units, String detail) {
    bar.stepBy(units);
  }

  @Override
  public void note(String status) {
    bar.setExtraMessage(" " + status);
  }

  @Override
  public void warn(String message) {
    err.println();
    err.println("warning: " + message);
  }

  @Override
  public void close() {
    bar.close();
  }
}
