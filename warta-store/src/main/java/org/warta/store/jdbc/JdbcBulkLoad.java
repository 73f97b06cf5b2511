package org.warta.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.StoryId;
import org.warta.store.BulkLoad;

/** Batch inserts on JDBC: one counter update and one transaction per batch. */
final class JdbcBulkLoad implements BulkLoad {
  private static final String INSERT =
      ArticleRows.INSERT.replace(
          ") RETURNING id", ") ON CONFLICT (canonical_url) DO NOTHING RETURNING id");

  private final Database db;

  JdbcBulkLoad(Database db) {
    this.db = db;
  }

  @Override
  public List<Optional<ArticleId>> insert(List<Article> articles, List<Optional<StoryId>> stories) {
    if (articles.size() != stories.size()) {
      throw new IllegalArgumentException(
          articles.size() + " articles but " + stories.size() + " story assignments");
    }
    if (articles.isEmpty()) {
      return List.of();
    }
    return db.write(
        c -> {
          long last = Counters.advance(c, "change_seq", articles.size());
          long seq = last - articles.size();
          List<Optional<ArticleId>> ids = new ArrayList<>(articles.size());
          try (PreparedStatement ins = c.prepareStatement(INSERT);
              PreparedStatement story =
                  c.prepareStatement("UPDATE article SET story_id = ? WHERE id = ?");
              PreparedStatement url =
                  c.prepareStatement(
                      "INSERT INTO article_url (url, article_id) VALUES (?, ?)"
                          + " ON CONFLICT (url) DO NOTHING")) {
            for (int i = 0; i < articles.size(); i++) {
              Article a = articles.get(i);
              ArticleRows.bind(ins, a, ++seq);
              Optional<ArticleId> id = Optional.empty();
              try (ResultSet rs = ins.executeQuery()) {
                if (rs.next()) {
                  id = Optional.of(new ArticleId(rs.getLong(1)));
                }
              }
              ids.add(id);
              if (id.isPresent()) {
                addUrls(url, a, id.get().value());
                if (stories.get(i).isPresent()) {
                  story.setLong(1, stories.get(i).get().value());
                  story.setLong(2, id.get().value());
                  story.addBatch();
                }
              }
            }
            url.executeBatch();
            story.executeBatch();
          }
          return ids;
        });
  }

  private static void addUrls(PreparedStatement url, Article a, long id)
      throws java.sql.SQLException {
    url.setString(1, a.canonicalUrl().toString());
    url.setLong(2, id);
    url.addBatch();
    if (!a.url().equals(a.canonicalUrl())) {
      url.setString(1, a.url().toString());
      url.setLong(2, id);
      url.addBatch();
    }
  }

  @Override
  public List<StoryId> createStories(List<NewStory> stories) {
    if (stories.isEmpty()) {
      return List.of();
    }
    return db.write(
        c -> {
          long seq = Counters.advance(c, "change_seq", stories.size()) - stories.size();
          List<StoryId> ids = new ArrayList<>(stories.size());
          try (PreparedStatement ins =
                  c.prepareStatement(
                      "INSERT INTO story (title, lead_article, first_seen, last_seen)"
                          + " VALUES (?, ?, ?, ?) RETURNING id");
              PreparedStatement lead =
                  c.prepareStatement(
                      "UPDATE article SET story_id = ?, change_seq = ? WHERE id = ?")) {
            for (NewStory s : stories) {
              ins.setString(1, s.title());
              ins.setLong(2, s.lead().value());
              ins.setLong(3, s.firstSeen().toEpochMilli());
              ins.setLong(4, s.firstSeen().toEpochMilli());
              try (ResultSet rs = ins.executeQuery()) {
                rs.next();
                ids.add(new StoryId(rs.getLong(1)));
              }
              lead.setLong(1, ids.getLast().value());
              lead.setLong(2, ++seq);
              lead.setLong(3, s.lead().value());
              lead.addBatch();
            }
            lead.executeBatch();
          }
          return ids;
        });
  }

  @Override
  public void assignStories(java.util.Map<ArticleId, StoryId> assignments) {
    if (assignments.isEmpty()) {
      return;
    }
    db.write(
        c -> {
          long seq = Counters.advance(c, "change_seq", assignments.size()) - assignments.size();
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE article SET story_id = ?, change_seq = ? WHERE id = ?")) {
            for (var e :
                assignments.entrySet().stream()
                    .sorted(java.util.Comparator.comparingLong(x -> x.getKey().value()))
                    .toList()) {
              ps.setLong(1, e.getValue().value());
              ps.setLong(2, ++seq);
              ps.setLong(3, e.getKey().value());
              ps.addBatch();
            }
            return ps.executeBatch();
          }
        });
  }

  @Override
  public void refreshStories(Collection<StoryId> stories) {
    if (stories.isEmpty()) {
      return;
    }
    List<Long> ids = stories.stream().map(StoryId::value).distinct().toList();
    String languages =
        db.isSqlite()
            ? "(SELECT json_group_array(language) FROM (SELECT DISTINCT language FROM article a"
                + " WHERE a.story_id = story.id ORDER BY language))"
            : "(SELECT COALESCE(json_agg(l ORDER BY l)::text, '[]') FROM (SELECT DISTINCT"
                + " language AS l FROM article a WHERE a.story_id = story.id) x)";
    String sql =
        "UPDATE story SET"
            + " article_count = (SELECT COUNT(*) FROM article a WHERE a.story_id = story.id),"
            + " source_count = (SELECT COUNT(DISTINCT source_id) FROM article a"
            + " WHERE a.story_id = story.id),"
            + " first_seen = COALESCE((SELECT MIN(sort_time) FROM article a"
            + " WHERE a.story_id = story.id), first_seen),"
            + " last_seen = COALESCE((SELECT MAX(sort_time) FROM article a"
            + " WHERE a.story_id = story.id), last_seen),"
            + " languages = "
            + languages
            + " WHERE id IN ("
            + String.join(",", java.util.Collections.nCopies(ids.size(), "?"))
            + ")";
    db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
              ps.setLong(i + 1, ids.get(i));
            }
            return ps.executeUpdate();
          }
        });
  }
}
