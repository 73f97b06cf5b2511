package org.warta.store;

import java.util.Optional;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoryId;

/**
 * A page of articles, newest first, optionally filtered by source, story or language; {@code after}
 * is the cursor returned with the previous page.
 */
public record ArticleQuery(
    Optional<SourceId> source,
    Optional<StoryId> story,
    Optional<Language> language,
    Optional<Cursor> after,
    int limit) {

  public static final int MAX_LIMIT = 500;

  public ArticleQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }

  /** The newest {@code limit} articles of all sources. */
  public static ArticleQuery latest(int limit) {
    return new ArticleQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  public ArticleQuery from(SourceId id) {
    return new ArticleQuery(Optional.of(id), story, language, after, limit);
  }

  public ArticleQuery in(StoryId id) {
    return new ArticleQuery(source, Optional.of(id), language, after, limit);
  }

  public ArticleQuery after(Cursor cursor) {
    return new ArticleQuery(source, story, language, Optional.of(cursor), limit);
  }
}
