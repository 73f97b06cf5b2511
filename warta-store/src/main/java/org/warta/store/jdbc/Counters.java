package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Named monotonic counters in the {@code counter} table, advanced inside the caller's transaction.
 */
final class Counters {
  private Counters() {}

  static long next(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE counter SET value = value + 1 WHERE name = ? RETURNING value")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("counter '" + name + "' is missing: the schema is incomplete");
        }
        return rs.getLong(1);
      }
    }
  }

  /** Advances the counter by {@code n} and returns the new value (the last of the n numbers). */
  static long advance(Connection c, String name, int n) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE counter SET value = value + ? WHERE name = ? RETURNING value")) {
      ps.setLong(1, n);
      ps.setString(2, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("counter '" + name + "' is missing: the schema is incomplete");
        }
        return rs.getLong(1);
      }
    }
  }

  static long current(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM counter WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
