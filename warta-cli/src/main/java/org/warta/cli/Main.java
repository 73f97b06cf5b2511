package org.warta.cli;

/** Entry point of the {@code warta} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(WartaCommand.commandLine().execute(args));
  }
}
