package org.warta.sample.plan;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.warta.sample.publisher.Publisher;

/**
 * One article page of the corpus with everything its page, feed entry and answer-key row need.
 * Empty strings mean "not printed on the page" (no author, no dateline, no closing credit).
 *
 * @param key {@code <event>/<variant>}, unique in the corpus
 * @param story key of the news story (event) the article covers
 * @param number the publisher's article number, used in its URLs
 * @param alias a second URL that serves the same page, if any
 * @param dateline the dateline that opens the first paragraph ("Mamuju (KBA) -"), or empty
 * @param credit the closing credit as printed, without parentheses ("AFP/Z-3", "kba"), or empty
 * @param agency the news agency behind the text ("AFP", "KBA", "Antara"), or empty
 */
public record PlannedArticle(
    String key,
    String story,
    Publisher publisher,
    long number,
    String section,
    String slug,
    URI url,
    Optional<URI> alias,
    String title,
    String description,
    String author,
    String editor,
    OffsetDateTime published,
    Optional<OffsetDateTime> updated,
    String dateline,
    List<String> paragraphs,
    String credit,
    String agency,
    URI image,
    String imageCaption,
    Syndication syndication,
    List<String> tags) {

  public PlannedArticle {
    paragraphs = List.copyOf(paragraphs);
    tags = List.copyOf(tags);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException(key + ": an article needs at least one paragraph");
    }
  }

  /** The last change: the update time when there is one, else the publication time. */
  public OffsetDateTime modified() {
    return updated.orElse(published);
  }

  /** The URL the page declares as canonical: the copied page for canonical copies, else itself. */
  public URI canonical() {
    return syndication.kind() == CopyKind.CANONICAL ? syndication.copiedFrom().orElse(url) : url;
  }

  /** Number of words in the body paragraphs (dateline included, credit excluded). */
  public int wordCount() {
    int words = dateline.isEmpty() ? 0 : dateline.split("\\s+").length;
    for (String p : paragraphs) {
      words += p.split("\\s+").length;
    }
    return words;
  }
}
