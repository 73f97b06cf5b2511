package org.warta.stories;

import java.util.List;
import org.warta.core.ArticleId;
import org.warta.core.StoryId;

/**
 * A change to stories other than adding the article being assigned, which the store must apply so
 * that links and memberships stay right. Both kinds keep every story id usable: a merged id
 * resolves to its survivor; a split keeps the original id on its larger part.
 */
public sealed interface StoryChange {

  /**
   * Two stories turned out to be one: every article of {@code absorbed} now belongs to {@code
   * survivor}, and links to {@code absorbed} should redirect to {@code survivor}.
   */
  record Merged(StoryId absorbed, StoryId survivor) implements StoryChange {}

  /**
   * A story turned out to hold two events: the listed articles moved from {@code from} (which keeps
   * its id and its other articles) to the new story {@code to}.
   */
  record Split(StoryId from, StoryId to, List<ArticleId> moved) implements StoryChange {
    public Split {
      moved = List.copyOf(moved);
    }
  }
}
