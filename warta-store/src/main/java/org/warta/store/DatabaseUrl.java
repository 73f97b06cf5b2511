package org.warta.store;

import java.nio.file.Path;

/**
 * Which database a store lives in: a JDBC URL and the dialect it implies. SQLite ({@code
 * jdbc:sqlite:<file>}) is the embedded default; PostgreSQL ({@code jdbc:postgresql://...}) is for
 * production.
 */
public record DatabaseUrl(String jdbcUrl, Dialect dialect) {

  /** The SQL dialects Warta supports. */
  public enum Dialect {
    SQLITE,
    POSTGRESQL
  }

  /** Reads a JDBC URL; fails with a message listing what is supported. */
  public static DatabaseUrl parse(String jdbcUrl) {
    String url = jdbcUrl.strip();
    if (url.startsWith("jdbc:sqlite:")) {
      return new DatabaseUrl(url, Dialect.SQLITE);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(url, Dialect.POSTGRESQL);
    }
    throw new IllegalArgumentException(
        "unsupported database URL '"
            + jdbcUrl
            + "': use jdbc:sqlite:<file> or"
            + " jdbc:postgresql://<host>:<port>/<database>?user=<user>");
  }

  /** The embedded default: a SQLite file {@code warta.db} in the data directory. */
  public static DatabaseUrl sqliteIn(Path dataDir) {
    return new DatabaseUrl(
        "jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("warta.db"), Dialect.SQLITE);
  }

  /** The URL without credentials, safe for logs and error messages. */
  public String redacted() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
