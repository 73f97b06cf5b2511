package org.warta.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.core.ArticleId;
import org.warta.core.StoryId;

/**
 * Which story each article belongs to, kept up to date from {@link Assignment}s: the reference for
 * what a store must do with them (set the article's story, move all articles of a merged story to
 * its survivor, move split-off articles to the new story). In memory and unbounded: for evaluations
 * and tests; the product keeps this in its store. Not thread-safe.
 */
public final class StoryMembership {
  private final Map<ArticleId, StoryId> storyOf = new HashMap<>();
  private final Map<StoryId, Set<ArticleId>> articlesOf = new HashMap<>();
  private final Map<ArticleId, Set<ArticleId>> copiesOf = new HashMap<>();

  /** Applies an assignment: its changes first (in order), then the article's own story. */
  public void apply(Assignment a) {
    for (StoryChange change : a.changes()) {
      switch (change) {
        case StoryChange.Merged m -> {
          Set<ArticleId> moved = articlesOf.remove(m.absorbed());
          if (moved != null) {
            for (ArticleId article : Set.copyOf(moved)) {
              put(article, m.survivor());
            }
          }
        }
        case StoryChange.Split s -> {
          for (ArticleId article : s.moved()) {
            put(article, s.to());
            for (ArticleId copy : copiesOf.getOrDefault(article, Set.of())) {
              put(copy, s.to());
            }
          }
        }
      }
    }
    put(a.article(), a.story());
  }

  /**
   * Records that an article is a copy of another (a duplicate and its group's representative): it
   * joins the representative's story now and moves with it in later splits and merges.
   */
  public void follow(ArticleId copy, ArticleId representative) {
    copiesOf.computeIfAbsent(representative, k -> new HashSet<>()).add(copy);
    storyOf(representative).ifPresent(story -> put(copy, story));
  }

  /** The story of an article, if it was assigned. */
  public Optional<StoryId> storyOf(ArticleId article) {
    return Optional.ofNullable(storyOf.get(article));
  }

  /** The articles of a story. */
  public Set<ArticleId> articlesOf(StoryId story) {
    return Set.copyOf(articlesOf.getOrDefault(story, Set.of()));
  }

  private void put(ArticleId article, StoryId story) {
    StoryId before = storyOf.put(article, story);
    if (before != null && !before.equals(story)) {
      Set<ArticleId> old = articlesOf.get(before);
      if (old != null) {
        old.remove(article);
        if (old.isEmpty()) {
          articlesOf.remove(before);
        }
      }
    }
    articlesOf.computeIfAbsent(story, k -> new HashSet<>()).add(article);
  }
}
