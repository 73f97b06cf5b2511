package org.warta.cli;

/** Entry point of the {@code warta} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    configureLogging();
    System.exit(WartaCommand.commandLine().execute(args));
  }

  /** Warta's own messages at info, libraries' chatter only when it is a warning. */
  private static void configureLogging() {
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setDefault("org.slf4j.simpleLogger.log.org.warta", "info");
    setDefault("org.slf4j.simpleLogger.showDateTime", "true");
    setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss");
    setDefault("org.slf4j.simpleLogger.showThreadName", "false");
    setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
    // libraries that log through java.util.logging (Lucene) only speak up for warnings
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
      h.setLevel(java.util.logging.Level.WARNING);
    }
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
