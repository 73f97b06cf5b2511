package org.warta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.warta.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into one line on standard error and a non-zero exit status: problems the
 * user can fix (bad input, unreadable files, unreachable databases) without a stack trace, program
 * faults with one (and a request to report them).
 */
final class Failures implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    var err = cmd.getErr();
    if (e instanceof UserError
        || e instanceof StoreException
        || e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException) {
      err.println("warta: " + e.getMessage());
      if (System.getenv("WARTA_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return 1;
    }
    err.println("warta: unexpected failure: " + e + " (please report it with the output below)");
    e.printStackTrace(err);
    return 70;
  }
}
