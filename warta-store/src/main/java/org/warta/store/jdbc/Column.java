package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A column of a copy target with its JDBC type, binding values read from the other database as that
 * type (SQLite hands out integers where PostgreSQL has booleans, and the reverse).
 */
record Column(String name, int type) {

  static List<Column> of(Connection c, String table) throws SQLException {
    List<Column> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
        ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData m = rs.getMetaData();
      for (int i = 1; i <= m.getColumnCount(); i++) {
        out.add(new Column(m.getColumnName(i), m.getColumnType(i)));
      }
    }
    return out;
  }

  void bind(PreparedStatement ps, int index, @Nullable Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, type);
      return;
    }
    switch (type) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
          ps.setLong(index, number(value));
      case Types.BOOLEAN, Types.BIT -> ps.setBoolean(index, number(value) != 0);
      case Types.DOUBLE, Types.REAL, Types.FLOAT, Types.NUMERIC, Types.DECIMAL ->
          ps.setDouble(
              index,
              value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString()));
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
          ps.setBytes(
              index,
              value instanceof byte[] b
                  ? b
                  : value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR ->
          ps.setString(index, value instanceof Boolean b ? (b ? "1" : "0") : value.toString());
      default -> ps.setObject(index, value);
    }
  }

  private static long number(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    String s = value.toString().strip();
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("t")) {
      return 1;
    }
    if (s.equalsIgnoreCase("false") || s.equalsIgnoreCase("f")) {
      return 0;
    }
    return Long.parseLong(s);
  }
}
