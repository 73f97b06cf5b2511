package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.store.AccountRepository;

/** Users, sessions and API keys on JDBC. */
final class JdbcAccounts implements AccountRepository {
  private static final String USER =
      "SELECT id, name, password_hash, admin, created_at FROM app_user";
  private static final String KEY =
      "SELECT id, name, prefix, created_at, last_used, revoked FROM api_key";

  private final Database db;

  JdbcAccounts(Database db) {
    this.db = db;
  }

  @Override
  public User addUser(String name, String passwordHash, boolean admin) {
    Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
    return db.write(
        c -> {
          if (user(c, USER + " WHERE name = ?", name).isPresent()) {
            throw new IllegalArgumentException(
                "a user named '" + name + "' exists already; choose another name");
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO app_user (name, password_hash, admin, created_at)"
                      + " VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, passwordHash);
            ps.setInt(3, admin ? 1 : 0);
            ps.setLong(4, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return new User(rs.getLong(1), name, passwordHash, admin, now);
            }
          }
        });
  }

  @Override
  public Optional<User> findUser(String name) {
    return db.read(c -> user(c, USER + " WHERE name = ?", name));
  }

  @Override
  public Optional<User> findUser(long id) {
    return db.read(c -> user(c, USER + " WHERE id = ?", id));
  }

  @Override
  public List<User> users() {
    return db.read(
        c -> {
          List<User> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(USER + " ORDER BY name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(user(rs));
            }
          }
          return out;
        });
  }

  @Override
  public void setPassword(long userId, String passwordHash) {
    update("UPDATE app_user SET password_hash = ? WHERE id = ?", passwordHash, userId);
  }

  @Override
  public void addSession(Session s) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO user_session (token_hash, user_id, csrf, created_at, expires_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, s.tokenHash());
            ps.setLong(2, s.userId());
            ps.setString(3, s.csrf());
            ps.setLong(4, s.created().toEpochMilli());
            ps.setLong(5, s.expires().toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<Session> findSession(String tokenHash, Instant now) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT token_hash, user_id, csrf, created_at, expires_at FROM user_session"
                      + " WHERE token_hash = ? AND expires_at > ?")) {
            ps.setString(1, tokenHash);
            ps.setLong(2, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Session(
                      rs.getString(1),
                      rs.getLong(2),
                      rs.getString(3),
                      Instant.ofEpochMilli(rs.getLong(4)),
                      Instant.ofEpochMilli(rs.getLong(5))));
            }
          }
        });
  }

  @Override
  public void removeSession(String tokenHash) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM user_session WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public int removeExpiredSessions(Instant now) {
    return db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM user_session WHERE expires_at <= ?")) {
            ps.setLong(1, now.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public ApiKey addApiKey(String name, String keyHash, String prefix) {
    Instant now = Instant.ofEpochMilli(System.currentTimeMillis());
    return db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO api_key (name, key_hash, prefix, created_at) VALUES (?, ?, ?, ?)"
                      + " RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, keyHash);
            ps.setString(3, prefix);
            ps.setLong(4, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return new ApiKey(rs.getLong(1), name, prefix, now, Optional.empty(), false);
            }
          }
        });
  }

  @Override
  public Optional<ApiKey> findApiKey(String keyHash) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(KEY + " WHERE key_hash = ? AND revoked = 0")) {
            ps.setString(1, keyHash);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(key(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void touchApiKey(long id, Instant at) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE api_key SET last_used = ? WHERE id = ?")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setLong(2, id);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<ApiKey> apiKeys() {
    return db.read(
        c -> {
          List<ApiKey> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(KEY + " ORDER BY id DESC");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(key(rs));
            }
          }
          return out;
        });
  }

  @Override
  public boolean revokeApiKey(long id) {
    return db.write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE api_key SET revoked = 1 WHERE id = ? AND revoked = 0")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
              }
            })
        > 0;
  }

  private void update(String sql, String text, long id) {
    db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, text);
            ps.setLong(2, id);
            return ps.executeUpdate();
          }
        });
  }

  private static Optional<User> user(Connection c, String sql, Object arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(user(rs)) : Optional.empty();
      }
    }
  }

  private static User user(ResultSet rs) throws SQLException {
    return new User(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("password_hash"),
        rs.getInt("admin") != 0,
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }

  private static ApiKey key(ResultSet rs) throws SQLException {
    return new ApiKey(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("prefix"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        Rows.instant(rs, "last_used"),
        rs.getInt("revoked") != 0);
  }
}
