package org.warta.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.Story;
import org.warta.core.StoryId;

/**
 * Stories (groups of articles about one event). Counts, languages and first/last seen are derived
 * from the member articles by {@link #refresh}; a merged story keeps its id as an alias of the
 * survivor so links keep working.
 */
public interface StoryRepository {

  /** Creates a story led by {@code lead} and returns its id. */
  StoryId create(String title, ArticleId lead, Instant firstSeen);

  /**
   * Creates the story with the given id (chosen by the story clusterer) unless it exists; returns
   * whether it was created.
   */
  boolean ensure(StoryId id, String title, ArticleId lead, Instant firstSeen);

  /** The highest story id issued so far (0 when there is none). */
  long maxId();

  /** The story, following merges to the surviving story. */
  Optional<Story> find(StoryId id);

  /** Stories ranked for the home page: most sources first, then hottest trend, then newest. */
  List<Story> top(Instant since, int limit);

  /** Recomputes a story's counts, languages and times from its articles. */
  void refresh(StoryId id);

  /** Sets the title and lead article shown for the story. */
  void setLead(StoryId id, String title, ArticleId lead);

  void setTrend(StoryId id, double trend);

  /** Moves every article of {@code from} into {@code into} and makes {@code from} an alias. */
  void merge(StoryId from, StoryId into);

  long count();

  /** Stories (not merged away) seen since {@code since}, most recently active first. */
  List<Story> active(Instant since, int limit);

  /** How many articles of each story were published (sort time) at or after {@code since}. */
  java.util.Map<StoryId, Integer> articlesSince(java.util.Collection<StoryId> ids, Instant since);

  /** A page of stories, most recently active first; {@code after} comes from the previous page. */
  Page<Story> list(Optional<Cursor> after, int limit);
}
