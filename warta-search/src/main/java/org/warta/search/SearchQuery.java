package org.warta.search;

import java.time.Instant;
import java.util.Optional;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoryId;

/**
 * What a reader searches for: words (with "phrases", {@code -excluded} words and {@code a | b}
 * alternatives), optional filters, the order and the page.
 */
public record SearchQuery(
    String text,
    Optional<SourceId> source,
    Optional<Language> language,
    Optional<StoryId> story,
    Optional<Instant> from,
    Optional<Instant> to,
    Order order,
    int offset,
    int limit) {

  /** Result order. */
  public enum Order {
    RELEVANCE,
    NEWEST
  }

  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  public SearchQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException(
          "offset must be between 0 and " + MAX_OFFSET + ", got " + offset);
    }
  }

  /** The first {@code limit} hits for {@code text} by relevance, without filters. */
  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(
        text,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Order.RELEVANCE,
        0,
        limit);
  }

  public SearchQuery withSource(SourceId id) {
    return new SearchQuery(text, Optional.of(id), language, story, from, to, order, offset, limit);
  }

  public SearchQuery withLanguage(Language l) {
    return new SearchQuery(text, source, Optional.of(l), story, from, to, order, offset, limit);
  }

  public SearchQuery withStory(StoryId id) {
    return new SearchQuery(text, source, language, Optional.of(id), from, to, order, offset, limit);
  }

  public SearchQuery between(Optional<Instant> start, Optional<Instant> end) {
    return new SearchQuery(text, source, language, story, start, end, order, offset, limit);
  }

  public SearchQuery ordered(Order o) {
    return new SearchQuery(text, source, language, story, from, to, o, offset, limit);
  }

  public SearchQuery page(int newOffset) {
    return new SearchQuery(text, source, language, story, from, to, order, newOffset, limit);
  }
}
