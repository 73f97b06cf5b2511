package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.Story;
import org.warta.core.StoryId;
import org.warta.store.StoryRepository;

/** Stories on JDBC. */
final class JdbcStories implements StoryRepository {
  private static final String COLUMNS =
      "id, title, lead_article, first_seen, last_seen, article_count, source_count, languages,"
          + " trend, merged_into";
  private static final int MAX_ALIAS_HOPS = 32;

  private final Database db;

  JdbcStories(Database db) {
    this.db = db;
  }

  @Override
  public StoryId create(String title, ArticleId lead, Instant firstSeen) {
    return db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO story (title, lead_article, first_seen, last_seen)"
                      + " VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, title);
            ps.setLong(2, lead.value());
            ps.setLong(3, firstSeen.toEpochMilli());
            ps.setLong(4, firstSeen.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return new StoryId(rs.getLong(1));
            }
          }
        });
  }

  @Override
  public boolean ensure(StoryId id, String title, ArticleId lead, Instant firstSeen) {
    return db.write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO story (id, title, lead_article, first_seen, last_seen)"
                          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                ps.setLong(1, id.value());
                ps.setString(2, title);
                ps.setLong(3, lead.value());
                ps.setLong(4, firstSeen.toEpochMilli());
                ps.setLong(5, firstSeen.toEpochMilli());
                return ps.executeUpdate();
              }
            })
        > 0;
  }

  @Override
  public long maxId() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM story");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public Optional<Story> find(StoryId id) {
    return db.read(
        c -> {
          long current = id.value();
          for (int hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
            Optional<Row> row = row(c, current);
            if (row.isEmpty()) {
              return Optional.empty();
            }
            if (row.get().mergedInto().isEmpty()) {
              return Optional.of(row.get().story());
            }
            current = row.get().mergedInto().get();
          }
          return Optional.empty();
        });
  }

  @Override
  public List<Story> top(Instant since, int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM story WHERE merged_into IS NULL AND last_seen >= ?"
                      + " ORDER BY source_count DESC, trend DESC, last_seen DESC LIMIT ?")) {
            ps.setLong(1, since.toEpochMilli());
            ps.setInt(2, limit);
            List<Story> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs).story());
              }
            }
            return out;
          }
        });
  }

  @Override
  public void refresh(StoryId id) {
    db.write(
        c -> {
          Set<String> languages = new LinkedHashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT DISTINCT language FROM article WHERE story_id = ? ORDER BY language")) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                languages.add(rs.getString(1));
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE story SET"
                      + " article_count = (SELECT COUNT(*) FROM article WHERE story_id = ?),"
                      + " source_count = (SELECT COUNT(DISTINCT source_id) FROM article"
                      + " WHERE story_id = ?),"
                      + " first_seen = COALESCE((SELECT MIN(sort_time) FROM article"
                      + " WHERE story_id = ?), first_seen),"
                      + " last_seen = COALESCE((SELECT MAX(sort_time) FROM article"
                      + " WHERE story_id = ?), last_seen),"
                      + " languages = ? WHERE id = ?")) {
            for (int i = 1; i <= 4; i++) {
              ps.setLong(i, id.value());
            }
            ps.setString(5, Json.write(List.copyOf(languages)));
            ps.setLong(6, id.value());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void setLead(StoryId id, String title, ArticleId lead) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE story SET title = ?, lead_article = ? WHERE id = ?")) {
            ps.setString(1, title);
            ps.setLong(2, lead.value());
            ps.setLong(3, id.value());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void setTrend(StoryId id, double trend) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE story SET trend = ? WHERE id = ?")) {
            ps.setDouble(1, trend);
            ps.setLong(2, id.value());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void merge(StoryId from, StoryId into) {
    if (from.equals(into)) {
      return;
    }
    db.write(
        c -> {
          long seq = Counters.next(c, "change_seq");
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE article SET story_id = ?, change_seq = ? WHERE story_id = ?")) {
            ps.setLong(1, into.value());
            ps.setLong(2, seq);
            ps.setLong(3, from.value());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE story SET merged_into = ? WHERE id = ? OR merged_into = ?")) {
            ps.setLong(1, into.value());
            ps.setLong(2, from.value());
            ps.setLong(3, from.value());
            return ps.executeUpdate();
          }
        });
    refresh(into);
  }

  @Override
  public List<Story> active(Instant since, int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM story WHERE merged_into IS NULL AND last_seen >= ?"
                      + " ORDER BY last_seen DESC, id DESC LIMIT ?")) {
            ps.setLong(1, since.toEpochMilli());
            ps.setInt(2, limit);
            return stories(ps);
          }
        });
  }

  @Override
  public java.util.Map<StoryId, Integer> articlesSince(
      java.util.Collection<StoryId> ids, Instant since) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    List<Long> values = ids.stream().map(StoryId::value).distinct().toList();
    String marks = String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT story_id, COUNT(*) FROM article WHERE story_id IN ("
                      + marks
                      + ") AND sort_time >= ? GROUP BY story_id")) {
            int i = 1;
            for (long v : values) {
              ps.setLong(i++, v);
            }
            ps.setLong(i, since.toEpochMilli());
            java.util.Map<StoryId, Integer> out = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(new StoryId(rs.getLong(1)), rs.getInt(2));
              }
            }
            return out;
          }
        });
  }

  @Override
  public org.warta.store.Page<Story> list(Optional<org.warta.store.Cursor> after, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM story WHERE merged_into IS NULL"
            + (after.isPresent() ? " AND (last_seen < ? OR (last_seen = ? AND id < ?))" : "")
            + " ORDER BY last_seen DESC, id DESC LIMIT ?";
    List<Story> rows =
        db.read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (after.isPresent()) {
                  ps.setLong(i++, after.get().sortTime());
                  ps.setLong(i++, after.get().sortTime());
                  ps.setLong(i++, after.get().id());
                }
                ps.setInt(i, limit + 1);
                return stories(ps);
              }
            });
    if (rows.size() <= limit) {
      return new org.warta.store.Page<>(rows, Optional.empty());
    }
    List<Story> page = rows.subList(0, limit);
    Story last = page.getLast();
    return new org.warta.store.Page<>(
        page,
        Optional.of(new org.warta.store.Cursor(last.lastSeen().toEpochMilli(), last.id().value())));
  }

  private static List<Story> stories(PreparedStatement ps) throws SQLException {
    List<Story> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs).story());
      }
    }
    return out;
  }

  @Override
  public long count() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT COUNT(*) FROM story WHERE merged_into IS NULL");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private record Row(Story story, Optional<Long> mergedInto) {}

  private static Optional<Row> row(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM story WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static Row read(ResultSet rs) throws SQLException {
    Set<Language> languages = new LinkedHashSet<>();
    Json.strings(rs.getString("languages")).forEach(l -> languages.add(Language.of(l)));
    Story story =
        new Story(
            new StoryId(rs.getLong("id")),
            rs.getString("title"),
            new ArticleId(rs.getLong("lead_article")),
            Instant.ofEpochMilli(rs.getLong("first_seen")),
            Instant.ofEpochMilli(rs.getLong("last_seen")),
            rs.getInt("article_count"),
            rs.getInt("source_count"),
            languages,
            rs.getDouble("trend"));
    return new Row(story, Rows.number(rs, "merged_into"));
  }
}
