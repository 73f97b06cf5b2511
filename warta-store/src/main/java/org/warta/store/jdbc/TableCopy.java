package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.store.DatabaseUrl;
import org.warta.store.StoreCopy;
import org.warta.store.StoreException;

/**
 * The implementation of {@link StoreCopy}: tables in foreign-key order, rows streamed in primary
 * key order and written in batches, values converted to the target's column types.
 */
public final class TableCopy {
  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 20_000;

  /** Not copied: Flyway's own, and the counts the target's triggers rebuild from copied rows. */
  private static final Set<String> SKIPPED =
      Set.of("flyway_schema_history", "sqlite_sequence", "section_count", "source_count");

  private TableCopy() {}

  /** See {@link StoreCopy#copy}. */
  public static StoreCopy.Report run(
      DatabaseUrl from, DatabaseUrl to, StoreCopy.Listener listener) {
    long start = System.nanoTime();
    try (Database source = Database.open(from);
        Database target = Database.open(to)) {
      List<String> tables = target.read(TableCopy::tablesInOrder);
      List<String> sourceTables = source.read(TableCopy::tablesInOrder);
      if (!new LinkedHashSet<>(sourceTables).equals(new LinkedHashSet<>(tables))) {
        throw new StoreException(
            "the schemas differ: "
                + from.redacted()
                + " has "
                + sourceTables
                + ", "
                + to.redacted()
                + " has "
                + tables
                + " (are both made by this Warta?)",
            null);
      }
      target.write(c -> requireEmpty(c, to, tables));
      long rows = 0;
      for (String table : tables) {
        rows += copyTable(source, target, table, listener);
      }
      if (!target.isSqlite()) {
        target.write(TableCopy::resetIdentities);
      }
      List<StoreCopy.TableCount> counts = new ArrayList<>();
      for (String table : tables) {
        counts.add(
            new StoreCopy.TableCount(
                table, source.read(c -> count(c, table)), target.read(c -> count(c, table))));
      }
      return new StoreCopy.Report(counts, rows, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Refuses a target with content; clears seed rows (counters) so the source's are copied. */
  private static Void requireEmpty(Connection c, DatabaseUrl to, List<String> tables)
      throws SQLException {
    for (String t : List.of("source", "article", "story")) {
      if (tables.contains(t) && count(c, t) > 0) {
        throw new SQLException(
            to.redacted() + " already holds " + t + " rows: copy into an empty database or schema");
      }
    }
    try (Statement st = c.createStatement()) {
      for (int i = tables.size() - 1; i >= 0; i--) {
        st.executeUpdate("DELETE FROM " + tables.get(i));
      }
    }
    return null;
  }

  private static long copyTable(
      Database source, Database target, String table, StoreCopy.Listener listener) {
    List<Column> columns = target.read(c -> Column.of(c, table));
    List<String> keys = target.read(c -> primaryKey(c, table));
    listener.table(table, source.read(c -> count(c, table)));
    String names = String.join(", ", columns.stream().map(Column::name).toList());
    String select =
        "SELECT "
            + names
            + " FROM "
            + table
            + (keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys));
    String insert =
        "INSERT INTO "
            + table
            + " ("
            + names
            + ") VALUES ("
            + String.join(", ", columns.stream().map(x -> "?").toList())
            + ")";
    return source.read(
        in -> {
          boolean auto = in.getAutoCommit();
          in.setAutoCommit(false); // lets PostgreSQL stream with the fetch size
          try (PreparedStatement ps = in.prepareStatement(select)) {
            ps.setFetchSize(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
              return target.write(out -> write(rs, out, insert, columns, listener));
            }
          } finally {
            in.commit();
            in.setAutoCommit(auto);
          }
        });
  }

  private static long write(
      ResultSet rs, Connection out, String insert, List<Column> columns, StoreCopy.Listener l)
      throws SQLException {
    long n = 0;
    try (PreparedStatement ps = out.prepareStatement(insert)) {
      while (rs.next()) {
        for (int i = 0; i < columns.size(); i++) {
          columns.get(i).bind(ps, i + 1, rs.getObject(i + 1));
        }
        ps.addBatch();
        n++;
        if (n % BATCH == 0) {
          ps.executeBatch();
          l.copied(BATCH);
        }
        if (n % COMMIT_EVERY == 0) {
          out.commit();
        }
      }
      ps.executeBatch();
      l.copied(n % BATCH);
    }
    return n;
  }

  /** Tables of the current schema, parents before the tables that reference them. */
  static List<String> tablesInOrder(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    Map<String, Set<String>> parents = new LinkedHashMap<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!SKIPPED.contains(name) && !name.startsWith("sqlite_")) {
          parents.put(name, new LinkedHashSet<>());
        }
      }
    }
    for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
      try (ResultSet rs = meta.getImportedKeys(null, schema, e.getKey())) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(e.getKey()) && parents.containsKey(parent)) {
            e.getValue().add(parent);
          }
        }
      }
    }
    List<String> order = new ArrayList<>();
    while (order.size() < parents.size()) {
      boolean progressed = false;
      for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
        if (!order.contains(e.getKey()) && order.containsAll(e.getValue())) {
          order.add(e.getKey());
          progressed = true;
        }
      }
      if (!progressed) {
        throw new SQLException("foreign keys form a cycle among " + parents.keySet());
      }
    }
    return order;
  }

  private static List<String> primaryKey(Connection c, String table) throws SQLException {
    Map<Integer, String> byPosition = new java.util.TreeMap<>();
    try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
      while (rs.next()) {
        byPosition.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(byPosition.values());
  }

  static long count(Connection c, String table) throws SQLException {
    return JdbcStorage.single(c, "SELECT COUNT(*) FROM " + table);
  }

  /** Moves every identity sequence of the schema past the highest copied id. */
  private static Void resetIdentities(Connection c) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema()"
                    + " AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        identities.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] id : identities) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX("
                  + id[1]
                  + "), 0) + 1, false) FROM "
                  + id[0])) {
        ps.setString(1, id[0]);
        ps.setString(2, id[1]);
        ps.execute();
      }
    }
    return null;
  }
}
