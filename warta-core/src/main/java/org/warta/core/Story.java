package org.warta.core;

import java.time.Instant;
import java.util.Set;

/**
 * A story: the articles of all sources about one real-world event.
 *
 * @param lead the article that represents the story (usually the first report of its largest
 *     duplicate group)
 * @param trend how fast coverage grows against the story's own baseline; higher is hotter
 */
public record Story(
    StoryId id,
    String title,
    ArticleId lead,
    Instant firstSeen,
    Instant lastSeen,
    int articleCount,
    int sourceCount,
    Set<Language> languages,
    double trend) {

  public Story {
    languages = Set.copyOf(languages);
  }
}
