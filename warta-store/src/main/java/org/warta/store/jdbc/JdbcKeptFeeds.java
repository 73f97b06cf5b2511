package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.SourceId;
import org.warta.store.KeptFeed;
import org.warta.store.KeptFeedRepository;

/** Kept source feeds on JDBC. */
final class JdbcKeptFeeds implements KeptFeedRepository {
  private final Database db;

  JdbcKeptFeeds(Database db) {
    this.db = db;
  }

  @Override
  public Optional<KeptFeed> find(SourceId source, String address) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT tag, gzip, plain_length FROM kept_feed WHERE source_id = ? AND address"
                      + " = ?")) {
            ps.setLong(1, source.value());
            ps.setString(2, address);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new KeptFeed(rs.getString(1), rs.getBytes(2), rs.getInt(3)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public void keep(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO kept_feed (source_id, address, tag, gzip, plain_length) VALUES (?,"
                      + " ?, ?, ?, ?) ON CONFLICT (source_id, address) DO UPDATE SET tag ="
                      + " excluded.tag, gzip = excluded.gzip, plain_length ="
                      + " excluded.plain_length")) {
            for (Entry e : entries) {
              ps.setLong(1, e.source().value());
              ps.setString(2, e.address());
              ps.setString(3, e.feed().tag());
              ps.setBytes(4, e.feed().gzip());
              ps.setInt(5, e.feed().plainLength());
              ps.addBatch();
            }
            return ps.executeBatch();
          }
        });
  }

  @Override
  public Map<String, String> tags() {
    return db.read(
        c -> {
          Map<String, String> out = new HashMap<>();
          try (PreparedStatement ps = c.prepareStatement("SELECT address, tag FROM kept_feed");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(rs.getString(1), rs.getString(2));
            }
          }
          return out;
        });
  }

  @Override
  public int retainUnder(String base) {
    String prefix = base + "/";
    return db.write(
        c -> {
          List<Object[]> elsewhere = new java.util.ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT source_id, address FROM kept_feed");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              if (!rs.getString(2).startsWith(prefix)) {
                elsewhere.add(new Object[] {rs.getLong(1), rs.getString(2)});
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM kept_feed WHERE source_id = ? AND address = ?")) {
            for (Object[] row : elsewhere) {
              ps.setLong(1, (Long) row[0]);
              ps.setString(2, (String) row[1]);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return elsewhere.size();
        });
  }
}
