package org.warta.extract.metadata;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a page says about itself in its head and markup, each value with its source. Text fields are
 * absent rather than empty.
 *
 * @param title the headline, site name removed
 * @param description the standfirst or meta description
 * @param authors the writers named by structured data or meta tags (bylines in the body are found
 *     later, by the credit package)
 * @param published when the article was first published, in the page's own zone if known
 * @param modified when it was last changed
 * @param canonical the {@code rel=canonical} URL, resolved against the page URL
 * @param image the lead image URL from structured data or {@code og:image}
 * @param declaredLanguage the language tag the page declares ({@code <html lang>}, meta)
 * @param originalHints URLs the page names as the original it copies
 * @param pageZone the time zone the page uses for its dates, when one could be told
 */
public record PageMetadata(
    Optional<Sourced<String>> title,
    Optional<Sourced<String>> description,
    Optional<Sourced<String>> siteName,
    Optional<Sourced<String>> section,
    List<String> tags,
    Optional<Sourced<List<String>>> authors,
    Optional<Sourced<FoundDate>> published,
    Optional<Sourced<FoundDate>> modified,
    Optional<URI> canonical,
    Optional<Sourced<URI>> image,
    Optional<Sourced<String>> declaredLanguage,
    List<URI> originalHints,
    Optional<java.time.ZoneId> pageZone) {

  public PageMetadata {
    tags = List.copyOf(tags);
    originalHints = List.copyOf(originalHints);
  }
}
