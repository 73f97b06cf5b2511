package org.warta.cli.console;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/** Progress as a log line every few seconds, for output that is not a terminal. */
final class LineProgress implements TaskProgress {
  private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();

  private final String task;
  private final String unit;
  private final long unitSize;
  private final Consumer<String> log;
  private final long start = System.nanoTime();
  private long lastLog = start;
  private long total = -1;
  private long done;
  private String status = "";

  LineProgress(String task, String unit, long unitSize, Consumer<String> log) {
    this.task = task;
    this.unit = unit;
    this.unitSize = Math.max(1, unitSize);
    this.log = log;
  }

  @Override
  public synchronized void total(long units) {
    total = units;
  }

  @Override
  public synchronized void advance(long units, String detail) {
    done += units;
    long now = System.nanoTime();
    if (now - lastLog >= EVERY_NANOS) {
      lastLog = now;
      log.accept(line(now));
    }
  }

  @Override
  public synchronized void note(String status) {
    this.status = status;
  }

  @Override
  public void warn(String message) {
    log.accept("warning: " + message);
  }

  private String line(long now) {
    double seconds = Math.max(1, now - start) / 1e9;
    String of =
        total > 0
            ? " of " + amount(total) + String.format(Locale.ROOT, " (%d%%)", done * 100 / total)
            : "";
    return String.format(
            Locale.ROOT,
            "%s: %s%s %s, %.1f %s/s",
            task,
            amount(done),
            of,
            unit,
            done / (double) unitSize / seconds,
            unit)
        + (status.isEmpty() ? "" : " (" + status + ")");
  }

  /** Whole units (articles) as integers, scaled units (MB of bytes) with one decimal. */
  private String amount(long units) {
    return unitSize == 1
        ? Long.toString(units)
        : String.format(Locale.ROOT, "%.1f", units / (double) unitSize);
  }

  @Override
  public void close() {}
}
