package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.warta.store.Purged;

/**
 * Purges a batch of articles inside the caller's transaction: tombstones with their URLs and text
 * fingerprint, a deletion log entry for the search index, the rows themselves (their URLs follow by
 * cascade), and the stories they belonged to: recounted, or removed with their aliases when empty.
 */
final class Purge {
  private Purge() {}

  static Purged run(Connection c, List<Long> ids, Instant now) throws SQLException {
    String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
    long bytes = 0;
    Set<Long> stories = new TreeSet<>();
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT id, canonical_url, source_id, body_text, sort_time, stored_bytes,"
                    + " story_id FROM article WHERE id IN ("
                    + marks
                    + ")");
        PreparedStatement tomb =
            c.prepareStatement(
                "INSERT INTO tombstone (canonical_url, article_id, source_id, fingerprint,"
                    + " sort_time, purged_at) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (canonical_url) DO NOTHING")) {
      bindIds(read, ids, 1);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          tomb.setString(1, rs.getString("canonical_url"));
          tomb.setLong(2, rs.getLong("id"));
          tomb.setLong(3, rs.getLong("source_id"));
          tomb.setString(4, ContentFingerprint.of(rs.getString("body_text")).orElse(""));
          tomb.setLong(5, rs.getLong("sort_time"));
          tomb.setLong(6, now.toEpochMilli());
          tomb.addBatch();
          bytes += rs.getLong("stored_bytes");
          long story = rs.getLong("story_id");
          if (!rs.wasNull()) {
            stories.add(story);
          }
        }
      }
      tomb.executeBatch();
    }
    try (PreparedStatement urls =
        c.prepareStatement(
            "INSERT INTO tombstone_url (url, canonical_url) SELECT u.url, a.canonical_url"
                + " FROM article_url u JOIN article a ON a.id = u.article_id"
                + " WHERE u.article_id IN ("
                + marks
                + ") ON CONFLICT (url) DO NOTHING")) {
      bindIds(urls, ids, 1);
      urls.executeUpdate();
    }
    Deletions.log(c, ids);
    update(c, "DELETE FROM article_url WHERE article_id IN (" + marks + ")", ids);
    int deleted = update(c, "DELETE FROM article WHERE id IN (" + marks + ")", ids);
    long emptied = 0;
    for (long story : stories) {
      emptied += StoryCounts.recount(c, story) ? 0 : 1;
    }
    return new Purged(deleted, bytes, emptied);
  }

  private static int update(Connection c, String sql, List<Long> ids) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindIds(ps, ids, 1);
      return ps.executeUpdate();
    }
  }

  private static void bindIds(PreparedStatement ps, List<Long> ids, int from) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      ps.setLong(from + i, ids.get(i));
    }
  }
}
