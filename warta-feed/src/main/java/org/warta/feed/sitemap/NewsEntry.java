package org.warta.feed.sitemap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.warta.core.Language;

/**
 * The Google News sitemap extension of one URL ({@code news:news}, schema sitemap-news/0.9): the
 * publication's name and language, the article title, its publication date and the (deprecated but
 * still published) keywords.
 */
public record NewsEntry(
    String publicationName,
    Language language,
    String title,
    Optional<OffsetDateTime> published,
    List<String> keywords) {

  public NewsEntry {
    keywords = List.copyOf(keywords);
  }
}
