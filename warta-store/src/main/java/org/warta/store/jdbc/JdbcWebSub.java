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
import org.warta.core.SourceId;
import org.warta.store.WebSubRepository;
import org.warta.store.WebSubSubscription;

/** WebSub subscriptions on JDBC. */
final class JdbcWebSub implements WebSubRepository {
  private static final String COLUMNS =
      "source_id, hub, topic, secret, state, requested_at, lease_until, last_message, last_error";

  private final Database db;

  JdbcWebSub(Database db) {
    this.db = db;
  }

  @Override
  public Optional<WebSubSubscription> find(SourceId source) {
    return db.read(
        c -> {
          List<WebSubSubscription> found =
              query(
                  c,
                  "SELECT " + COLUMNS + " FROM websub_subscription WHERE source_id = ?",
                  source.value());
          return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
        });
  }

  @Override
  public void save(WebSubSubscription s) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO websub_subscription ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE"
                      + " SET hub = excluded.hub, topic = excluded.topic,"
                      + " secret = excluded.secret, state = excluded.state,"
                      + " requested_at = excluded.requested_at,"
                      + " lease_until = excluded.lease_until,"
                      + " last_message = excluded.last_message,"
                      + " last_error = excluded.last_error")) {
            ps.setLong(1, s.source().value());
            ps.setString(2, s.hub().toString());
            ps.setString(3, s.topic().toString());
            ps.setString(4, s.secret());
            ps.setString(5, s.state().name());
            ps.setLong(6, s.requestedAt().toEpochMilli());
            Rows.setInstant(ps, 7, s.leaseUntil());
            Rows.setInstant(ps, 8, s.lastMessage());
            ps.setString(9, s.lastError());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<WebSubSubscription> list() {
    return db.read(
        c -> query(c, "SELECT " + COLUMNS + " FROM websub_subscription WHERE source_id > ?", 0L));
  }

  @Override
  public boolean delete(SourceId source) {
    return db.write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("DELETE FROM websub_subscription WHERE source_id = ?")) {
                ps.setLong(1, source.value());
                return ps.executeUpdate();
              }
            })
        > 0;
  }

  private static List<WebSubSubscription> query(Connection c, String sql, long arg)
      throws SQLException {
    List<WebSubSubscription> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY source_id")) {
      ps.setLong(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new WebSubSubscription(
                  new SourceId(rs.getLong("source_id")),
                  URI.create(rs.getString("hub")),
                  URI.create(rs.getString("topic")),
                  rs.getString("secret"),
                  WebSubSubscription.State.valueOf(rs.getString("state")),
                  Instant.ofEpochMilli(rs.getLong("requested_at")),
                  Rows.instant(rs, "lease_until"),
                  Rows.instant(rs, "last_message"),
                  rs.getString("last_error")));
        }
      }
    }
    return out;
  }
}
