package org.warta.web.view;

import java.time.Instant;
import java.util.Optional;

/** An article as a line in a list: enough to show it and link to it. */
public record ArticleCard(
    long id,
    String title,
    long sourceId,
    String sourceName,
    Instant time,
    String excerpt,
    Optional<String> imageUrl,
    String language) {

  public String href() {
    return "/article/" + id;
  }
}
