package org.warta.store.jdbc;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.DisplayPolicy;
import org.warta.core.Language;
import org.warta.core.NewSource;
import org.warta.core.Source;
import org.warta.core.SourceId;
import org.warta.core.SourceKind;
import org.warta.core.SourceStatus;
import org.warta.store.SourceRepository;

/** Sources on JDBC. */
final class JdbcSources implements SourceRepository {
  private static final String COLUMNS =
      "id, name, url, home_url, kind, language, display, paused, last_fetch, next_fetch,"
          + " last_error, consecutive_failures, group_copies";

  private final Database db;

  JdbcSources(Database db) {
    this.db = db;
  }

  @Override
  public Source add(NewSource s) {
    return db.write(
        c -> {
          Optional<Source> existing = findByUrl(c, s.url());
          if (existing.isPresent()) {
            return existing.get();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO source (name, url, home_url, kind, language, display, created_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, s.name());
            ps.setString(2, s.url().toString());
            ps.setString(3, s.homeUrl().toString());
            ps.setString(4, s.kind().name());
            ps.setString(5, s.language().code());
            ps.setString(6, s.display().name());
            ps.setLong(7, Instant.now().toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return new Source(
                  new SourceId(rs.getLong(1)),
                  s.name(),
                  s.url(),
                  s.homeUrl(),
                  s.kind(),
                  s.language(),
                  s.display(),
                  false,
                  true);
            }
          }
        });
  }

  @Override
  public Optional<Source> find(SourceId id) {
    return db.read(c -> one(c, "SELECT " + COLUMNS + " FROM source WHERE id = ?", id.value()));
  }

  @Override
  public Optional<Source> findByUrl(URI url) {
    return db.read(c -> findByUrl(c, url));
  }

  private Optional<Source> findByUrl(Connection c, URI url) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM source WHERE url = ?")) {
      ps.setString(1, url.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(source(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public List<Source> list() {
    return db.read(c -> many(c, "SELECT " + COLUMNS + " FROM source ORDER BY name, id"));
  }

  @Override
  public List<Source> due(Instant now) {
    return db.read(
        c -> {
          List<Source> due = new ArrayList<>();
          for (Source s :
              many(
                  c,
                  "SELECT "
                      + COLUMNS
                      + " FROM source WHERE paused = 0 AND (next_fetch IS NULL OR next_fetch <= "
                      + now.toEpochMilli()
                      + ") ORDER BY next_fetch, id")) {
            if (s.kind().isPolled()) {
              due.add(s);
            }
          }
          return due;
        });
  }

  @Override
  public void setPaused(SourceId id, boolean paused) {
    update("UPDATE source SET paused = ? WHERE id = ?", paused ? 1 : 0, id.value());
  }

  @Override
  public void setGroupCopies(SourceId id, boolean groupCopies) {
    update("UPDATE source SET group_copies = ? WHERE id = ?", groupCopies ? 1 : 0, id.value());
  }

  @Override
  public void setDisplay(SourceId id, DisplayPolicy display) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE source SET display = ? WHERE id = ?")) {
            ps.setString(1, display.name());
            ps.setLong(2, id.value());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public boolean remove(SourceId id) {
    return db.write(
            c -> {
              Deletions.logSource(c, id.value());
              try (PreparedStatement ps = c.prepareStatement("DELETE FROM source WHERE id = ?")) {
                ps.setLong(1, id.value());
                return ps.executeUpdate();
              }
            })
        > 0;
  }

  @Override
  public SourceStatus status(SourceId id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT last_fetch, next_fetch, last_error, consecutive_failures,"
                      + " COALESCE((SELECT n FROM source_count c WHERE c.source_id = s.id), 0) AS"
                      + " articles FROM source s WHERE id = ?")) {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return SourceStatus.never(id);
              }
              return new SourceStatus(
                  id,
                  Rows.instant(rs, "last_fetch"),
                  Rows.instant(rs, "next_fetch"),
                  rs.getString("last_error"),
                  rs.getInt("consecutive_failures"),
                  rs.getLong("articles"));
            }
          }
        });
  }

  @Override
  public java.util.Map<SourceId, SourceStatus> statuses() {
    return db.read(
        c -> {
          java.util.Map<SourceId, SourceStatus> out = new java.util.LinkedHashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT s.id, s.last_fetch, s.next_fetch, s.last_error,"
                          + " s.consecutive_failures, COALESCE(n.n, 0) AS articles"
                          + " FROM source s LEFT JOIN source_count n ON n.source_id = s.id"
                          + " ORDER BY s.id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              SourceId id = new SourceId(rs.getLong("id"));
              out.put(
                  id,
                  new SourceStatus(
                      id,
                      Rows.instant(rs, "last_fetch"),
                      Rows.instant(rs, "next_fetch"),
                      rs.getString("last_error"),
                      rs.getInt("consecutive_failures"),
                      rs.getLong("articles")));
            }
          }
          return out;
        });
  }

  @Override
  public void recordPoll(SourceId id, Instant at, Instant next, String error) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE source SET last_fetch = ?, next_fetch = ?, last_error = ?,"
                      + " consecutive_failures = CASE WHEN ? = '' THEN 0"
                      + " ELSE consecutive_failures + 1 END WHERE id = ?")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setLong(2, next.toEpochMilli());
            ps.setString(3, error);
            ps.setString(4, error);
            ps.setLong(5, id.value());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void resetStatus(SourceId id, Instant next) {
    update(
        "UPDATE source SET next_fetch = ?, last_error = '', consecutive_failures = 0 WHERE id = ?",
        next.toEpochMilli(),
        id.value());
  }

  private void update(String sql, long a, long b) {
    db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            return ps.executeUpdate();
          }
        });
  }

  private static Optional<Source> one(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(source(rs)) : Optional.empty();
      }
    }
  }

  private static List<Source> many(Connection c, String sql) throws SQLException {
    List<Source> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(source(rs));
      }
    }
    return out;
  }

  private static Source source(ResultSet rs) throws SQLException {
    return new Source(
        new SourceId(rs.getLong("id")),
        rs.getString("name"),
        URI.create(rs.getString("url")),
        URI.create(rs.getString("home_url")),
        SourceKind.valueOf(rs.getString("kind")),
        Language.of(rs.getString("language")),
        DisplayPolicy.valueOf(rs.getString("display")),
        rs.getInt("paused") != 0,
        rs.getInt("group_copies") != 0);
  }
}
