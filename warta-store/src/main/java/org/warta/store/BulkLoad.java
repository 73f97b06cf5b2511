package org.warta.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.StoryId;

/**
 * Fast loading of many articles known to be new (benchmark corpora, migrations): a whole batch in
 * one transaction, with the story each article belongs to. Articles whose canonical URL is already
 * stored are left out (their slot in the result is empty); nothing else is checked — ingest of
 * fetched pages goes through {@link ArticleRepository#insert}.
 */
public interface BulkLoad {

  /**
   * Inserts {@code articles} (with {@code stories.get(i)} as the story of {@code articles.get(i)})
   * in one transaction; returns the new ids in the same order, empty where the URL was known.
   */
  List<Optional<ArticleId>> insert(List<Article> articles, List<Optional<StoryId>> stories);

  /** A story to create, led by an article stored before. */
  record NewStory(String title, ArticleId lead, java.time.Instant firstSeen) {}

  /**
   * Creates the stories and puts each lead article into its story (bumping its change sequence), in
   * one transaction; returns the ids in the same order.
   */
  List<StoryId> createStories(List<NewStory> stories);

  /** Puts articles into stories (bumping their change sequence), in one transaction. */
  void assignStories(java.util.Map<ArticleId, StoryId> assignments);

  /** Recomputes the counts, languages and times of the stories, in one transaction. */
  void refreshStories(Collection<StoryId> stories);
}
