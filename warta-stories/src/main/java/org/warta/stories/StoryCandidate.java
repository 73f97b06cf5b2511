package org.warta.stories;

import java.time.Instant;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;

/**
 * An article offered to {@link StoryClusterer#assign}. Duplicates should be collapsed before: give
 * only the representative of each duplicate group, and let its copies follow its story.
 *
 * @param article the stored article's id
 * @param source the source that published it (coverage counts distinct sources)
 * @param language its language ({@link Language#UNDETERMINED} is fine: then it meets other
 *     languages on entities, numbers and lexicon concepts only)
 * @param title the headline (may be empty)
 * @param text the body as plain text, paragraphs separated by line breaks (may be empty)
 * @param published when it was published (or first seen); drives time decay and the window
 * @param previousStory the story the store already recorded for this article, when the state is
 *     being rebuilt by replaying stored articles: a story created for it gets this id again, so
 *     links stay valid across restarts
 */
public record StoryCandidate(
    ArticleId article,
    SourceId source,
    Language language,
    String title,
    String text,
    Instant published,
    Optional<StoryId> previousStory) {

  /** A new article (no previous story). */
  public static StoryCandidate of(
      ArticleId article,
      SourceId source,
      Language language,
      String title,
      String text,
      Instant published) {
    return new StoryCandidate(article, source, language, title, text, published, Optional.empty());
  }

  /**
   * A stored article: body text, title, language and {@link org.warta.core.Article#sortTime()}; its
   * recorded story, if any, becomes {@link #previousStory()}.
   */
  public static StoryCandidate from(StoredArticle stored) {
    var a = stored.article();
    return new StoryCandidate(
        stored.id(),
        a.source(),
        a.language(),
        a.title(),
        a.bodyText(),
        a.sortTime(),
        stored.story());
  }
}
