package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.warta.store.UrlState;
import org.warta.store.UrlStateRepository;

/** Per-URL fetch state on JDBC. */
final class JdbcUrlStates implements UrlStateRepository {
  private final Database db;

  JdbcUrlStates(Database db) {
    this.db = db;
  }

  @Override
  public Optional<UrlState> find(String url) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT url, etag, last_modified, not_before, hold, failures, last_status,"
                      + " last_fetch"
                      + " FROM url_state WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new UrlState(
                      rs.getString("url"),
                      Rows.text(rs, "etag"),
                      Rows.text(rs, "last_modified"),
                      Rows.instant(rs, "not_before"),
                      rs.getString("hold"),
                      rs.getInt("failures"),
                      rs.getInt("last_status"),
                      Rows.instant(rs, "last_fetch")));
            }
          }
        });
  }

  @Override
  public void save(UrlState s) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO url_state (url, etag, last_modified, not_before, hold, failures,"
                      + " last_status, last_fetch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                      + " last_modified = excluded.last_modified, not_before = excluded.not_before,"
                      + " hold = excluded.hold,"
                      + " failures = excluded.failures, last_status = excluded.last_status,"
                      + " last_fetch = excluded.last_fetch")) {
            ps.setString(1, s.url());
            Rows.setText(ps, 2, s.etag());
            Rows.setText(ps, 3, s.lastModified());
            Rows.setInstant(ps, 4, s.notBefore());
            ps.setString(5, s.hold());
            ps.setInt(6, s.failures());
            ps.setInt(7, s.lastStatus());
            Rows.setInstant(ps, 8, s.lastFetch());
            return ps.executeUpdate();
          }
        });
  }
}
