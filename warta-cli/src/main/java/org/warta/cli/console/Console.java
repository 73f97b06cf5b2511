package org.warta.cli.console;

import java.io.PrintStream;

/**
 * The command line's output: results on standard output, progress and warnings on standard error.
 * Progress is a bar on a terminal and plain log lines otherwise (logs, CI, pipes).
 */
public final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  public Console(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** The process's console: a terminal only when both input and output are one. */
  @SuppressWarnings("SystemOut")
  public static Console system() {
    java.io.Console c = System.console();
    return new Console(System.out, System.err, c != null && c.isTerminal());
  }

  public void println(String line) {
    out.println(line);
  }

  public void warn(String line) {
    err.println("warning: " + line);
  }

  public void error(String line) {
    err.println("warta: " + line);
  }

  public void info(String line) {
    err.println(line);
  }

  public PrintStream out() {
    return out;
  }

  /** A progress display for a task measured in {@code unit} ("records", "MB", "articles"). */
  public TaskProgress progress(String task, String unit, long unitSize) {
    return terminal
        ? new BarProgress(task, unit, unitSize, err)
        : new LineProgress(task, unit, unitSize, err::println);
  }
}
