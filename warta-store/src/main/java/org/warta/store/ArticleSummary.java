package org.warta.store;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;

/**
 * An article as a list shows it: enough for a line with a title, a teaser, an image and a link,
 * without the body (only its first {@value #BODY_START} characters) or the other stored fields.
 * Pages that list dozens of articles read these instead of whole {@link StoredArticle}s.
 *
 * @param canonicalUrl the address the page names as its own
 * @param siteName the publisher's name as the page gave it ("" when it did not)
 * @param published the publication time the page gave, with its offset
 * @param seen when Warta first stored the article
 * @param bodyStart the first {@value #BODY_START} characters of the body text when the description
 *     is blank (spaces at most): the teaser a card falls back on; empty when there is a
 *     description, so lists do not read bodies they do not show. All of the first {@code n}
 *     characters when a reader asked for them, see {@link
 *     ArticleRepository#summaries(java.util.Collection, int)}
 */
public record ArticleSummary(
    ArticleId id,
    SourceId source,
    URI url,
    URI canonicalUrl,
    String title,
    String siteName,
    Instant sortTime,
    Optional<OffsetDateTime> published,
    Instant seen,
    String description,
    String bodyStart,
    Optional<Image> leadImage,
    Language language,
    Optional<StoryId> story,
    Optional<Long> duplicateGroup) {

  /** How much of the body a summary keeps: more than any teaser shows. */
  public static final int BODY_START = 1000;

  /** The summary of a whole stored article. */
  public static ArticleSummary of(StoredArticle s) {
    Article a = s.article();
    return new ArticleSummary(
        s.id(),
        a.source(),
        a.url(),
        a.canonicalUrl(),
        a.title(),
        a.siteName(),
        a.sortTime(),
        a.published(),
        a.seen(),
        a.description(),
        teaserBlank(a.description()) ? start(a.bodyText()) : "",
        a.leadImage(),
        a.language(),
        s.story(),
        s.duplicateGroup());
  }

  /**
   * Whether a description leaves the teaser to the body: empty or spaces only, as the databases'
   * {@code trim} sees it.
   */
  public static boolean teaserBlank(String description) {
    for (int i = 0; i < description.length(); i++) {
      if (description.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The first {@value #BODY_START} characters (code points, as the databases count) of a text. */
  static String start(String text) {
    if (text.length() <= BODY_START) {
      return text;
    }
    int chars = Math.min(BODY_START, text.codePointCount(0, text.length()));
    return text.substring(0, text.offsetByCodePoints(0, chars));
  }

  /** The position of this article in a newest-first list, for the next page's cursor. */
  public Cursor cursor() {
    return new Cursor(sortTime.toEpochMilli(), id.value());
  }
}
