package org.warta.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code warta} commands inside the test JVM with a data folder and a settings file, capturing
 * standard output (the command's result) apart from its log lines and errors.
 */
final class InProcessCli {
  private InProcessCli() {}

  /** What one command printed and returned. */
  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Run run(Path dataDir, Path config, String... args) {
    StringWriter err = new StringWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    int status;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(info, true, StandardCharsets.UTF_8));
    try {
      var cli = WartaCommand.commandLine();
      cli.setErr(new PrintWriter(err, true));
      List<String> all =
          new ArrayList<>(List.of("--data", dataDir.toString(), "--config", config.toString()));
      all.addAll(List.of(args));
      status = cli.execute(all.toArray(String[]::new));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), info.toString(StandardCharsets.UTF_8) + err);
  }
}
