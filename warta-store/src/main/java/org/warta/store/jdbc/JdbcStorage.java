package org.warta.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.warta.store.DatabaseUrl;
import org.warta.store.StorageReport;

/** Measures the database for {@link org.warta.store.Store#storageReport()}. */
final class JdbcStorage {
  private JdbcStorage() {}

  static StorageReport report(Database db) {
    return db.read(
        c -> {
          long articles = single(c, "SELECT COUNT(*) FROM article");
          long text = single(c, "SELECT COALESCE(SUM(stored_bytes), 0) FROM article");
          long tombstones = single(c, "SELECT COUNT(*) FROM tombstone");
          Map<String, Long> tables = new TreeMap<>();
          long bytes;
          if (db.isSqlite()) {
            bytes = single(c, "PRAGMA page_count") * single(c, "PRAGMA page_size");
            bytes += walBytes(db.url());
          } else {
            bytes = postgresTables(c, tables);
          }
          return new StorageReport(db.url().dialect(), bytes, tables, articles, text, tombstones);
        });
  }

  private static long postgresTables(Connection c, Map<String, Long> tables) throws SQLException {
    long sum = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = current_schema() AND c.relkind = 'r'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.put(rs.getString(1), rs.getLong(2));
        sum += rs.getLong(2);
      }
    }
    return sum;
  }

  private static long walBytes(DatabaseUrl url) {
    String file = url.jdbcUrl().substring("jdbc:sqlite:".length());
    int q = file.indexOf('?');
    Path wal = Path.of((q >= 0 ? file.substring(0, q) : file) + "-wal");
    try {
      return Files.isRegularFile(wal) ? Files.size(wal) : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
