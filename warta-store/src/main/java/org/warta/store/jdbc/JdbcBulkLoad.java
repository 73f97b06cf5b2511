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
  public void refreshStories(Collection<StoryId> stories) {
    if (stories.isEmpty()) {
      return;
    }
    db.write(
        c -> {
          for (StoryId s : stories) {
            StoryCounts.recount(c, s.value());
          }
          return null;
        });
  }
}
