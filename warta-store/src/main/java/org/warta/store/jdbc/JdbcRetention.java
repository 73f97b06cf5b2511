package org.warta.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.warta.core.Article;
import org.warta.core.SourceId;
import org.warta.store.Purged;
import org.warta.store.Retention;
import org.warta.store.RetentionPolicy;

/** Retention on JDBC: finds what a policy drops, then purges it in batches with tombstones. */
final class JdbcRetention implements Retention {
  static final int BATCH = 1_000;

  private final Database db;

  JdbcRetention(Database db) {
    this.db = db;
  }

  @Override
  public Purged purge(RetentionPolicy policy, Instant now, Consumer<Purged> progress) {
    Purged total = Purged.NOTHING;
    if (policy.maxAge().isPresent()) {
      Boundary cutoff = new Boundary(now.minus(policy.maxAge().get()).toEpochMilli() - 1, MAX_ID);
      total = purgeUpTo(cutoff, policy.source(), total, progress);
    }
    if (policy.maxBytes().isPresent()) {
      Optional<Boundary> cut = sizeBoundary(policy.maxBytes().getAsLong(), policy.source());
      if (cut.isPresent()) {
        total = purgeUpTo(cut.get(), policy.source(), total, progress);
      }
    }
    return total;
  }

  private static final long MAX_ID = Long.MAX_VALUE;

  /** A position in (sort_time, id) order: everything at or before it is purged. */
  private record Boundary(long sortTime, long id) {}

  private Purged purgeUpTo(
      Boundary b, Optional<SourceId> source, Purged total, Consumer<Purged> progress) {
    Purged sum = total;
    while (true) {
      List<Long> ids = db.read(c -> oldest(c, b, source));
      if (ids.isEmpty()) {
        return sum;
      }
      sum = sum.plus(db.write(c -> Purge.run(c, ids, Instant.now())));
      progress.accept(sum);
    }
  }

  private static List<Long> oldest(Connection c, Boundary b, Optional<SourceId> source)
      throws SQLException {
    String sql =
        "SELECT id FROM article WHERE "
            + (source.isPresent() ? "source_id = ? AND " : "")
            + "sort_time <= ? AND (sort_time < ? OR id <= ?) ORDER BY sort_time, id LIMIT "
            + BATCH;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (source.isPresent()) {
        ps.setLong(i++, source.get().value());
      }
      ps.setLong(i++, b.sortTime());
      ps.setLong(i++, b.sortTime());
      ps.setLong(i, b.id());
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  /**
   * Walks newest first adding up stored bytes; the first article that does not fit and everything
   * older is dropped. Reads only the narrow size indexes.
   */
  private Optional<Boundary> sizeBoundary(long maxBytes, Optional<SourceId> source) {
    return db.read(
        c -> {
          String sql =
              "SELECT sort_time, id, stored_bytes FROM article"
                  + (source.isPresent() ? " WHERE source_id = ?" : "")
                  + " ORDER BY "
                  + (source.isPresent() ? "source_id DESC, " : "")
                  + "sort_time DESC, id DESC";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(10_000);
            if (source.isPresent()) {
              ps.setLong(1, source.get().value());
            }
            return walk(c, ps, maxBytes);
          }
        });
  }

  private static Optional<Boundary> walk(Connection c, PreparedStatement ps, long maxBytes)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
    try (ResultSet rs = ps.executeQuery()) {
      long sum = 0;
      while (rs.next()) {
        sum += rs.getLong(3);
        if (sum > maxBytes) {
          return Optional.of(new Boundary(rs.getLong(1), rs.getLong(2)));
        }
      }
      return Optional.empty();
    } finally {
      c.commit();
      c.setAutoCommit(auto);
    }
  }

  @Override
  public boolean isPurged(Article article) {
    Optional<String> fingerprint = ContentFingerprint.of(article.bodyText());
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM tombstone_url WHERE url IN (?, ?) UNION ALL"
                      + " SELECT 1 FROM tombstone WHERE canonical_url = ? OR fingerprint = ?")) {
            ps.setString(1, article.url().toString());
            ps.setString(2, article.canonicalUrl().toString());
            ps.setString(3, article.canonicalUrl().toString());
            ps.setString(4, fingerprint.orElse("-"));
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public long tombstones() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tombstone");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
