package org.warta.benchgen;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.warta.sample.publisher.Publisher;

/**
 * One synthetic article: where it is published, its text and its story; copies carry the text of an
 * earlier article of the same story ({@code copyOf}), and declare its URL as canonical when {@code
 * canonical} differs from {@code url}.
 *
 * @param number position in the corpus (0-based, time order)
 * @param sourceIndex which synthetic source publishes it (0-based)
 * @param story the story's number (0-based); the first article of a story opens it
 */
public record BenchArticle(
    long number,
    int sourceIndex,
    Publisher publisher,
    long story,
    boolean opensStory,
    URI url,
    URI canonical,
    String title,
    String description,
    String author,
    String section,
    List<String> paragraphs,
    OffsetDateTime published,
    Optional<BenchArticle> copyOf) {

  public BenchArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body text as extraction would give it: paragraphs separated by blank lines. */
  public String bodyText() {
    return String.join("\n\n", paragraphs);
  }
}
