package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.warta.store.Checkpoint;
import org.warta.store.CheckpointRepository;

/** Archive import checkpoints on JDBC. */
final class JdbcCheckpoints implements CheckpointRepository {
  private final Database db;

  JdbcCheckpoints(Database db) {
    this.db = db;
  }

  @Override
  public Optional<Checkpoint> find(String file) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT file, position, records, done, updated_at FROM import_checkpoint"
                      + " WHERE file = ?")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Checkpoint(
                      rs.getString("file"),
                      rs.getLong("position"),
                      rs.getLong("records"),
                      rs.getInt("done") != 0,
                      Instant.ofEpochMilli(rs.getLong("updated_at"))));
            }
          }
        });
  }

  @Override
  public void save(Checkpoint cp) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO import_checkpoint (file, position, records, done, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (file) DO UPDATE SET"
                      + " position = excluded.position, records = excluded.records,"
                      + " done = excluded.done, updated_at = excluded.updated_at")) {
            ps.setString(1, cp.file());
            ps.setLong(2, cp.position());
            ps.setLong(3, cp.records());
            ps.setInt(4, cp.done() ? 1 : 0);
            ps.setLong(5, cp.updated().toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }
}
