package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The deletion half of the change log: every removed article gets a row in {@code article_deletion}
 * numbered from the same {@code change_seq} counter as changes, in the deleting transaction, so the
 * search index drops it when it catches up (also after a crash).
 */
final class Deletions {
  private Deletions() {}

  /** Logs the removal of the articles of a source, before they are deleted. */
  static void logSource(Connection c, long sourceId) throws SQLException {
    long seq = Counters.next(c, "change_seq");
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO article_deletion (seq, article_id) SELECT ?, id FROM article"
                + " WHERE source_id = ?")) {
      ps.setLong(1, seq);
      ps.setLong(2, sourceId);
      ps.executeUpdate();
    }
  }

  /** Logs the removal of some articles, before they are deleted. */
  static void log(Connection c, List<Long> ids) throws SQLException {
    long seq = Counters.next(c, "change_seq");
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO article_deletion (seq, article_id) VALUES (?, ?)")) {
      for (long id : ids) {
        ps.setLong(1, seq);
        ps.setLong(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The ids deleted with a sequence number in {@code (after, upTo]}, in sequence order. */
  static List<Long> between(Connection c, long after, long upTo) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT article_id FROM article_deletion WHERE seq > ? AND seq <= ?"
                + " ORDER BY seq, article_id")) {
      ps.setLong(1, after);
      ps.setLong(2, upTo);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }
}
