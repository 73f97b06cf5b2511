package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import org.warta.core.SourceId;
import org.warta.store.PollHintRepository;

/** Polling hints on JDBC. */
final class JdbcPollHints implements PollHintRepository {
  private final Database db;

  JdbcPollHints(Database db) {
    this.db = db;
  }

  @Override
  public Optional<Duration> hint(SourceId source) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT interval_ms FROM source_poll_hint WHERE source_id = ?")) {
            ps.setLong(1, source.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(Duration.ofMillis(rs.getLong(1))) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void setHint(SourceId source, Optional<Duration> interval) {
    db.write(
        c -> {
          if (interval.isEmpty()) {
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM source_poll_hint WHERE source_id = ?")) {
              ps.setLong(1, source.value());
              return ps.executeUpdate();
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO source_poll_hint (source_id, interval_ms) VALUES (?, ?) ON CONFLICT"
                      + " (source_id) DO UPDATE SET interval_ms = excluded.interval_ms")) {
            ps.setLong(1, source.value());
            ps.setLong(2, interval.get().toMillis());
            return ps.executeUpdate();
          }
        });
  }
}
