package org.warta.store;

import java.util.Map;

/**
 * How much room the database takes: its bytes on disk (SQLite: the file and its write-ahead log;
 * PostgreSQL: every table of the schema with its indexes and TOAST), the bytes per table where the
 * database can tell, the number of articles and tombstones, and the UTF-8 bytes of the articles'
 * stored text (what size-based retention counts).
 */
public record StorageReport(
    DatabaseUrl.Dialect dialect,
    long databaseBytes,
    Map<String, Long> tableBytes,
    long articles,
    long articleTextBytes,
    long tombstones) {

  public StorageReport {
    tableBytes = Map.copyOf(tableBytes);
  }

  /** Database bytes per article (0 for an empty store). */
  public long databaseBytesPerArticle() {
    return articles == 0 ? 0 : databaseBytes / articles;
  }

  /** Stored text bytes per article (0 for an empty store). */
  public long textBytesPerArticle() {
    return articles == 0 ? 0 : articleTextBytes / articles;
  }
}
