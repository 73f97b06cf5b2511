package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.warta.core.SourceId;
import org.warta.store.UrlPatternRepository;
import org.warta.store.UrlPatternStat;

/** Learned URL templates on JDBC. */
final class JdbcUrlPatterns implements UrlPatternRepository {
  private final Database db;

  JdbcUrlPatterns(Database db) {
    this.db = db;
  }

  @Override
  public List<UrlPatternStat> patterns(SourceId source) {
    return db.read(
        c -> {
          List<UrlPatternStat> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT template, listed, articles, misses, updated_at FROM source_url_pattern"
                      + " WHERE source_id = ? ORDER BY listed DESC, template")) {
            ps.setLong(1, source.value());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new UrlPatternStat(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        Instant.ofEpochMilli(rs.getLong(5))));
              }
            }
          }
          return out;
        });
  }

  @Override
  public void record(
      SourceId source, String template, long listed, long articles, long misses, Instant at) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO source_url_pattern"
                      + " (source_id, template, listed, articles, misses, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, template) DO UPDATE SET"
                      + " listed = source_url_pattern.listed + excluded.listed,"
                      + " articles = source_url_pattern.articles + excluded.articles,"
                      + " misses = source_url_pattern.misses + excluded.misses,"
                      + " updated_at = excluded.updated_at")) {
            ps.setLong(1, source.value());
            ps.setString(2, template);
            ps.setLong(3, listed);
            ps.setLong(4, articles);
            ps.setLong(5, misses);
            ps.setLong(6, at.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }
}
