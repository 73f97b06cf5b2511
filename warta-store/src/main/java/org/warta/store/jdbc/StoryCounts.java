package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a story's derived columns right after some of its articles were removed, inside the
 * caller's transaction: counts, languages and times recomputed, the lead moved to the earliest
 * remaining article if it was removed; a story with no article left is deleted with its aliases.
 */
final class StoryCounts {
  private StoryCounts() {}

  /** Recounts {@code story}; returns false when it had no article left and was deleted. */
  static boolean recount(Connection c, long story) throws SQLException {
    List<String> languages = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT language FROM article WHERE story_id = ? ORDER BY language")) {
      ps.setLong(1, story);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          languages.add(rs.getString(1));
        }
      }
    }
    if (languages.isEmpty()) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM story WHERE id = ? OR merged_into = ?")) {
        ps.setLong(1, story);
        ps.setLong(2, story);
        ps.executeUpdate();
      }
      return false;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE story SET"
                + " article_count = (SELECT COUNT(*) FROM article WHERE story_id = ?),"
                + " source_count = (SELECT COUNT(DISTINCT source_id) FROM article"
                + " WHERE story_id = ?),"
                + " first_seen = (SELECT MIN(sort_time) FROM article WHERE story_id = ?),"
                + " last_seen = (SELECT MAX(sort_time) FROM article WHERE story_id = ?),"
                + " lead_article = CASE WHEN EXISTS (SELECT 1 FROM article"
                + " WHERE id = story.lead_article) THEN lead_article ELSE (SELECT id FROM article"
                + " WHERE story_id = ? ORDER BY sort_time, id LIMIT 1) END,"
                + " languages = ? WHERE id = ?")) {
      for (int i = 1; i <= 5; i++) {
        ps.setLong(i, story);
      }
      ps.setString(6, Json.write(languages));
      ps.setLong(7, story);
      ps.executeUpdate();
    }
    return true;
  }
}
