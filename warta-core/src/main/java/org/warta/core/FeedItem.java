package org.warta.core;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a feed or sitemap, normalised across formats: RSS items, Atom entries, JSON Feed
 * items and sitemap URLs all become a {@code FeedItem}.
 *
 * @param id the entry's stable identity in its feed (GUID, Atom id, JSON Feed id) or its link
 * @param link the article URL, resolved against the feed's base
 * @param contentHtml full content if the feed carries it (unsanitized: sanitize before display)
 */
public record FeedItem(
    String id,
    URI link,
    String title,
    String summary,
    List<String> authors,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> updated,
    Optional<Image> image,
    List<String> categories,
    String contentHtml,
    Language language) {

  public FeedItem {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
  }

  /** An item with only a link and a title, for sitemaps and tests. */
  public static FeedItem of(URI link, String title) {
    return new FeedItem(
        link.toString(),
        link,
        title,
        "",
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        "",
        Language.UNDETERMINED);
  }
}
