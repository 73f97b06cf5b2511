package org.warta.stories;

import java.time.Instant;
import java.util.Set;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.StoryId;

/**
 * What the clusterer knows of a live story (inside the window).
 *
 * @param id the story
 * @param lead its first article
 * @param firstSeen publication time of its first article
 * @param lastSeen publication time of its latest article
 * @param articles how many articles it holds
 * @param sources how many distinct sources covered it
 * @param languages the languages of its articles
 */
public record StorySnapshot(
    StoryId id,
    ArticleId lead,
    Instant firstSeen,
    Instant lastSeen,
    int articles,
    int sources,
    Set<Language> languages) {
  public StorySnapshot {
    languages = Set.copyOf(languages);
  }
}
