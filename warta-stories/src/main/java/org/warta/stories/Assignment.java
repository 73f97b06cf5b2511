package org.warta.stories;

import java.util.List;
import org.warta.core.ArticleId;
import org.warta.core.StoryId;

/**
 * The result of {@link StoryClusterer#assign}: the story the article now belongs to, whether that
 * story was created for it, and the changes to other stories that assigning it caused (in order).
 *
 * @param article the assigned article
 * @param story its story (after any change listed)
 * @param created whether the story was created for this article
 * @param changes merges and splits to apply to stored memberships and links, in order
 */
public record Assignment(
    ArticleId article, StoryId story, boolean created, List<StoryChange> changes) {
  public Assignment {
    changes = List.copyOf(changes);
  }
}
