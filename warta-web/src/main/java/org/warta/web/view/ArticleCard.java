package org.warta.web.view;

import java.time.Instant;
import java.util.Optional;

/**
 * An article as a line in a list: enough to show it and link to it.
 *
 * @param imageAlt the text that stands for the image (its alt text, else its caption, else the
 *     title)
 * @param story the story the article belongs to, when it has one
 * @param copies how many other articles carry the same text (0 when none)
 */
public record ArticleCard(
    long id,
    String title,
    long sourceId,
    String sourceName,
    Instant time,
    String excerpt,
    Optional<String> imageUrl,
    String imageAlt,
    String language,
    Optional<Long> story,
    Optional<Long> duplicateGroup) {

  public String href() {
    return "/article/" + id;
  }
}
