package org.warta.store.jdbc;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.store.ArticleQuery;
import org.warta.store.ArticleRepository;
import org.warta.store.ArticleSummary;
import org.warta.store.Cursor;
import org.warta.store.Page;

/** Articles on JDBC. */
final class JdbcArticles implements ArticleRepository {
  private static final int BATCH = 500;

  private final Database db;
  private final ArticleReads reads;

  JdbcArticles(Database db) {
    this.db = db;
    this.reads = new ArticleReads(db);
  }

  @Override
  public List<StoredArticle> inDuplicateGroup(long group, int limit) {
    return reads.inDuplicateGroup(group, limit, ArticleShape.WHOLE);
  }

  @Override
  public List<ArticleSummary> summariesInDuplicateGroup(long group, int limit) {
    return reads.inDuplicateGroup(group, limit, ArticleShape.SUMMARY);
  }

  @Override
  public void setDuplicateCredit(long group, org.warta.store.DuplicateCredit credit) {
    reads.setDuplicateCredit(group, credit);
  }

  @Override
  public Optional<org.warta.store.DuplicateCredit> duplicateCredit(long group) {
    return reads.duplicateCredit(group);
  }

  @Override
  public Page<StoredArticle> inSection(String section, Optional<Cursor> after, int limit) {
    return reads.inSection(section, after, limit);
  }

  @Override
  public List<org.warta.store.SectionCount> sections(int limit) {
    return reads.sections(limit);
  }

  @Override
  public List<org.warta.store.HourCount> seenPerHour(java.time.Instant since) {
    return reads.seenPerHour(since);
  }

  @Override
  public Inserted insert(Article article) {
    return db.write(
        c -> {
          Optional<StoredArticle> existing = findByUrl(c, article.canonicalUrl());
          if (existing.isEmpty()) {
            existing = findByUrl(c, article.url());
          }
          if (existing.isPresent()) {
            addUrl(c, existing.get().id().value(), article.url());
            return new Inserted(atCanonicalPage(c, existing.get(), article), false);
          }
          long seq = Counters.next(c, "change_seq");
          long id;
          try (PreparedStatement ps = c.prepareStatement(ArticleRows.INSERT)) {
            ArticleRows.bind(ps, article, seq);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              id = rs.getLong(1);
            }
          }
          addUrl(c, id, article.url());
          addUrl(c, id, article.canonicalUrl());
          return new Inserted(StoredArticle.of(new ArticleId(id), article), true);
        });
  }

  /**
   * The stored article, moved to its canonical URL when it was first stored from another page (a
   * short link or an AMP copy) and {@code seen} is the canonical page itself: an article is known
   * by the address its publisher declares, whichever of its pages arrived first.
   */
  private static StoredArticle atCanonicalPage(Connection c, StoredArticle stored, Article seen)
      throws SQLException {
    URI canonical = stored.article().canonicalUrl();
    if (stored.article().url().equals(canonical)
        || !seen.url().equals(canonical)
        || !seen.canonicalUrl().equals(canonical)) {
      return stored;
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE article SET url = canonical_url, change_seq = ? WHERE id = ?")) {
      ps.setLong(1, Counters.next(c, "change_seq"));
      ps.setLong(2, stored.id().value());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + ArticleRows.COLUMNS + " FROM article WHERE id = ?")) {
      ps.setLong(1, stored.id().value());
      return first(ps).orElse(stored);
    }
  }

  @Override
  public Optional<StoredArticle> find(ArticleId id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + ArticleRows.COLUMNS + " FROM article WHERE id = ?")) {
            ps.setLong(1, id.value());
            return first(ps);
          }
        });
  }

  @Override
  public List<StoredArticle> findAll(Collection<ArticleId> ids) {
    return findAll(ids, ArticleShape.WHOLE);
  }

  @Override
  public List<ArticleSummary> summaries(Collection<ArticleId> ids) {
    return findAll(ids, ArticleShape.SUMMARY);
  }

  @Override
  public List<ArticleSummary> summaries(Collection<ArticleId> ids, int bodyChars) {
    return findAll(ids, ArticleShape.summary(bodyChars));
  }

  private <T> List<T> findAll(Collection<ArticleId> ids, ArticleShape<T> shape) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> values = ids.stream().map(ArticleId::value).distinct().toList();
    return db.read(
        c -> {
          String marks = String.join(",", java.util.Collections.nCopies(values.size(), "?"));
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + shape.columns + " FROM article WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < values.size(); i++) {
              ps.setLong(i + 1, values.get(i));
            }
            java.util.Map<Long, T> byId = new java.util.HashMap<>();
            shape.all(ps).forEach(a -> byId.put(shape.id(a), a));
            return values.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
          }
        });
  }

  @Override
  public Optional<StoredArticle> findByUrl(URI url) {
    return db.read(c -> findByUrl(c, url));
  }

  private Optional<StoredArticle> findByUrl(Connection c, URI url) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + ArticleRows.COLUMNS
                + " FROM article WHERE id = (SELECT article_id FROM article_url WHERE url = ?)")) {
      ps.setString(1, url.toString());
      return first(ps);
    }
  }

  @Override
  public boolean knows(URI url) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM article_url WHERE url = ?"
                      + " UNION ALL SELECT 1 FROM tombstone_url WHERE url = ?")) {
            ps.setString(1, url.toString());
            ps.setString(2, url.toString());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public void addUrl(ArticleId id, URI url) {
    db.write(
        c -> {
          addUrl(c, id.value(), url);
          return null;
        });
  }

  private static void addUrl(Connection c, long id, URI url) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO article_url (url, article_id) VALUES (?, ?) ON CONFLICT (url) DO"
                + " NOTHING")) {
      ps.setString(1, url.toString());
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  @Override
  public Page<StoredArticle> list(ArticleQuery q) {
    return list(q, ArticleShape.WHOLE);
  }

  @Override
  public Page<ArticleSummary> summaries(ArticleQuery q) {
    return list(q, ArticleShape.SUMMARY);
  }

  @Override
  public Page<StoredArticle> listForFeed(ArticleQuery q, int excerptChars, boolean withHtml) {
    return list(q, ArticleShape.forFeed(excerptChars, withHtml));
  }

  private <T> Page<T> list(ArticleQuery q, ArticleShape<T> shape) {
    StringBuilder sql =
        new StringBuilder("SELECT ").append(shape.columns).append(" FROM article WHERE 1=1");
    List<Object> args = new ArrayList<>();
    q.source().ifPresent(s -> where(sql, args, " AND source_id = ?", s.value()));
    q.story().ifPresent(s -> where(sql, args, " AND story_id = ?", s.value()));
    q.language().ifPresent(l -> where(sql, args, " AND language = ?", l.code()));
    q.after()
        .ifPresent(
            cur -> {
              // a range on sort_time first, so both databases walk the index from the cursor
              sql.append(" AND sort_time <= ? AND (sort_time < ? OR id < ?)");
              args.add(cur.sortTime());
              args.add(cur.sortTime());
              args.add(cur.id());
            });
    sql.append(" ORDER BY sort_time DESC, id DESC LIMIT ").append(q.limit() + 1);
    List<T> rows =
        db.read(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                  ps.setObject(i + 1, args.get(i));
                }
                return shape.all(ps);
              }
            });
    return shape.page(rows, q.limit());
  }

  private static void where(StringBuilder sql, List<Object> args, String clause, Object value) {
    sql.append(clause);
    args.add(value);
  }

  @Override
  public long count() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT COALESCE(SUM(n), 0) FROM source_count");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public org.warta.store.SourceVersion sourceVersion(org.warta.core.SourceId source) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*), COALESCE(MAX(change_seq), 0) FROM article WHERE source_id ="
                      + " ?")) {
            ps.setLong(1, source.value());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return new org.warta.store.SourceVersion(rs.getLong(1), rs.getLong(2));
            }
          }
        });
  }

  @Override
  public java.util.Set<org.warta.core.SourceId> sourcesChangedAfter(long seq) {
    return db.read(
        c -> {
          java.util.Set<org.warta.core.SourceId> out = new java.util.LinkedHashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT DISTINCT source_id FROM article WHERE change_seq > ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new org.warta.core.SourceId(rs.getLong(1)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public void setStory(ArticleId id, StoryId story) {
    setColumn(id, "story_id", story.value());
  }

  @Override
  public void setDuplicateGroup(ArticleId id, long group) {
    setColumn(id, "duplicate_group", group);
  }

  private void setColumn(ArticleId id, String column, long value) {
    db.write(
        c -> {
          long seq = Counters.next(c, "change_seq");
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE article SET " + column + " = ?, change_seq = ? WHERE id = ?")) {
            ps.setLong(1, value);
            ps.setLong(2, seq);
            ps.setLong(3, id.value());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public long changeSeq() {
    return db.read(c -> Counters.current(c, "change_seq"));
  }

  @Override
  public void forEachChangedAfter(long seq, Consumer<Changed> sink) {
    long from = seq;
    while (true) {
      long after = from;
      List<Changed> batch =
          db.read(
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT "
                            + ArticleRows.COLUMNS
                            + " FROM article WHERE change_seq > ? ORDER BY change_seq LIMIT "
                            + BATCH)) {
                  ps.setLong(1, after);
                  List<Changed> out = new ArrayList<>();
                  try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      out.add(new Changed(ArticleRows.read(rs), rs.getLong("change_seq")));
                    }
                  }
                  return out;
                }
              });
      batch.forEach(sink);
      if (batch.size() < BATCH) {
        return;
      }
      from = batch.getLast().seq();
    }
  }

  @Override
  public List<ArticleId> deletedBetween(long after, long upTo) {
    return db.read(c -> Deletions.between(c, after, upTo)).stream().map(ArticleId::new).toList();
  }

  @Override
  public Optional<java.time.Instant> latestSeen() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seen) FROM article");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(java.time.Instant.ofEpochMilli(v));
          }
        });
  }

  @Override
  public void moveDuplicateGroup(long from, long into) {
    if (from == into) {
      return;
    }
    db.write(
        c -> {
          long seq = Counters.next(c, "change_seq");
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE article SET duplicate_group = ?, change_seq = ? WHERE duplicate_group"
                      + " = ?")) {
            ps.setLong(1, into);
            ps.setLong(2, seq);
            ps.setLong(3, from);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM duplicate_credit WHERE group_id = ?")) {
            ps.setLong(1, from);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void forEachSeenSince(java.time.Instant since, Consumer<StoredArticle> sink) {
    forEachInIdOrder("seen >= ?", List.of(since.toEpochMilli()), sink);
  }

  @Override
  public void forEachArticle(Optional<SourceId> source, Consumer<StoredArticle> sink) {
    forEachInIdOrder(
        source.isPresent() ? "source_id = ?" : "1 = 1",
        source.map(s -> List.of(s.value())).orElse(List.of()),
        sink);
  }

  /**
   * Streams the articles matching {@code condition} (with {@code args} bound in order) in id order,
   * {@value #BATCH} rows per read, each batch starting after the last id of the one before.
   */
  private void forEachInIdOrder(String condition, List<Long> args, Consumer<StoredArticle> sink) {
    String sql =
        "SELECT "
            + ArticleRows.COLUMNS
            + " FROM article WHERE "
            + condition
            + " AND id > ? ORDER BY id LIMIT "
            + BATCH;
    long after = 0;
    while (true) {
      long from = after;
      List<StoredArticle> batch =
          db.read(
              c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                  int i = 1;
                  for (long arg : args) {
                    ps.setLong(i++, arg);
                  }
                  ps.setLong(i, from);
                  return all(ps);
                }
              });
      batch.forEach(sink);
      if (batch.size() < BATCH) {
        return;
      }
      after = batch.getLast().id().value();
    }
  }

  private static Optional<StoredArticle> first(PreparedStatement ps) throws SQLException {
    return ArticleShape.WHOLE.first(ps);
  }

  private static List<StoredArticle> all(PreparedStatement ps) throws SQLException {
    return ArticleShape.WHOLE.all(ps);
  }
}
