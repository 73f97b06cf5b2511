package org.warta.core;

import java.util.Optional;

/**
 * An article as the store holds it: its stable id, the article itself, the story it was grouped
 * into and the duplicate group it belongs to (if any).
 */
public record StoredArticle(
    ArticleId id, Article article, Optional<StoryId> story, Optional<Long> duplicateGroup) {

  public static StoredArticle of(ArticleId id, Article article) {
    return new StoredArticle(id, article, Optional.empty(), Optional.empty());
  }
}
