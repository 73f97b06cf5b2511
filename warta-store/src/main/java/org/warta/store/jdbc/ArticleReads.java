package org.warta.store.jdbc;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.StoredArticle;
import org.warta.store.Cursor;
import org.warta.store.DuplicateCredit;
import org.warta.store.HourCount;
import org.warta.store.Page;
import org.warta.store.SectionCount;

/**
 * The article reads of the reader site and the admin beyond the latest lists: duplicate groups and
 * their credit, section pages, section counts and articles seen per hour. SQL both dialects accept.
 */
final class ArticleReads {
  private static final long HOUR_MILLIS = 3_600_000L;

  private final Database db;

  ArticleReads(Database db) {
    this.db = db;
  }

  <T> List<T> inDuplicateGroup(long group, int limit, ArticleShape<T> shape) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + shape.columns
                      + " FROM article WHERE duplicate_group = ? ORDER BY sort_time, id LIMIT ?")) {
            ps.setLong(1, group);
            ps.setInt(2, limit);
            return shape.all(ps);
          }
        });
  }

  void setDuplicateCredit(long group, DuplicateCredit credit) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO duplicate_credit (group_id, original_article, agency, page_url,"
                      + " upstream, reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (group_id) DO"
                      + " UPDATE SET original_article = excluded.original_article, agency ="
                      + " excluded.agency, page_url = excluded.page_url, upstream ="
                      + " excluded.upstream, reason = excluded.reason")) {
            ps.setLong(1, group);
            if (credit.article().isPresent()) {
              ps.setLong(2, credit.article().get().value());
            } else {
              ps.setNull(2, Types.BIGINT);
            }
            ps.setString(3, credit.agency());
            ps.setString(4, credit.page().map(URI::toString).orElse(""));
            ps.setString(5, credit.upstream());
            ps.setString(6, credit.reason());
            return ps.executeUpdate();
          }
        });
  }

  Optional<DuplicateCredit> duplicateCredit(long group) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT original_article, agency, page_url, upstream, reason"
                      + " FROM duplicate_credit WHERE group_id = ?")) {
            ps.setLong(1, group);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              String page = rs.getString("page_url");
              return Optional.of(
                  new DuplicateCredit(
                      Rows.number(rs, "original_article").map(ArticleId::new),
                      rs.getString("agency"),
                      page.isEmpty() ? Optional.empty() : Optional.of(URI.create(page)),
                      rs.getString("upstream"),
                      rs.getString("reason")));
            }
          }
        });
  }

  Page<StoredArticle> inSection(String section, Optional<Cursor> after, int limit) {
    String sql =
        "SELECT "
            + ArticleRows.COLUMNS
            + " FROM article WHERE section = ?"
            + (after.isPresent() ? " AND sort_time <= ? AND (sort_time < ? OR id < ?)" : "")
            + " ORDER BY sort_time DESC, id DESC LIMIT ?";
    List<StoredArticle> rows =
        db.read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, section);
                if (after.isPresent()) {
                  ps.setLong(i++, after.get().sortTime());
                  ps.setLong(i++, after.get().sortTime());
                  ps.setLong(i++, after.get().id());
                }
                ps.setInt(i, limit + 1);
                return ArticleShape.WHOLE.all(ps);
              }
            });
    return ArticleShape.WHOLE.page(rows, limit);
  }

  List<SectionCount> sections(int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT section, n FROM section_count WHERE n > 0"
                      + " ORDER BY n DESC, section LIMIT ?")) {
            ps.setInt(1, limit);
            List<SectionCount> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new SectionCount(rs.getString(1), rs.getLong(2)));
              }
            }
            return out;
          }
        });
  }

  List<HourCount> seenPerHour(Instant since) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seen / "
                      + HOUR_MILLIS
                      + " AS h, COUNT(*) AS n FROM article WHERE seen >= ?"
                      + " GROUP BY seen / "
                      + HOUR_MILLIS
                      + " ORDER BY h")) {
            ps.setLong(1, since.toEpochMilli());
            List<HourCount> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new HourCount(
                        Instant.ofEpochMilli(rs.getLong(1) * HOUR_MILLIS), rs.getLong(2)));
              }
            }
            return out;
          }
        });
  }
}
