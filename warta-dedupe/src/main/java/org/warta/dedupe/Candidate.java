package org.warta.dedupe;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.warta.core.Article;
import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;
import org.warta.core.WireCredit;

/**
 * One article offered to {@link DuplicateDetector#add}: what dedupe needs of it and nothing more.
 *
 * @param id the store's id for the article
 * @param url the article's URL identity ({@link CanonicalUrl})
 * @param title the headline (compared only when the body is very short)
 * @param bodyText the plain-text body, paragraphs separated by line breaks
 * @param published when the publisher says it was published; empty when unknown ({@code seen}
 *     stands in)
 * @param seen when Warta first saw it: orders the time window
 * @param wireCredit the agency extraction found in the byline or closing credit
 * @param originalHints URLs the page names as the original it copies (cross-domain rel=canonical,
 *     original-source / syndication-source meta, JSON-LD isBasedOn), as on {@link
 *     Article#originalHints()}
 * @param optOut the source opted out of duplicate grouping: the article is neither grouped nor
 *     indexed (copies of it elsewhere still group with each other)
 * @param priorGroup when replaying stored articles after a restart, the duplicate group id the
 *     store already has for this article: a group it founds again keeps that id
 */
public record Candidate(
    ArticleId id,
    CanonicalUrl url,
    String title,
    String bodyText,
    Optional<Instant> published,
    Instant seen,
    Optional<WireCredit> wireCredit,
    List<URI> originalHints,
    boolean optOut,
    Optional<Long> priorGroup) {

  public Candidate {
    originalHints = List.copyOf(originalHints);
  }

  /** A candidate with the given text and times, no credit, no hints. */
  public static Candidate of(
      ArticleId id, CanonicalUrl url, String title, String bodyText, Instant published) {
    return new Candidate(
        id,
        url,
        title,
        bodyText,
        Optional.of(published),
        published,
        Optional.empty(),
        List.of(),
        false,
        Optional.empty());
  }

  /** The candidate for an extracted article (its canonical URL, text, times, credit, hints). */
  public static Candidate from(ArticleId id, Article article) {
    return new Candidate(
        id,
        CanonicalUrl.of(article.canonicalUrl()),
        article.title(),
        article.bodyText(),
        article.published().map(OffsetDateTime::toInstant),
        article.seen(),
        article.wireCredit(),
        article.originalHints(),
        false,
        Optional.empty());
  }

  /** This candidate with the source's opt-out flag set as given. */
  public Candidate withOptOut(boolean value) {
    return new Candidate(
        id, url, title, bodyText, published, seen, wireCredit, originalHints, value, priorGroup);
  }

  /** This candidate with a wire credit. */
  public Candidate withWireCredit(Optional<WireCredit> value) {
    return new Candidate(
        id, url, title, bodyText, published, seen, value, originalHints, optOut, priorGroup);
  }

  /** This candidate with the pages it names as its original. */
  public Candidate withOriginalHints(List<URI> value) {
    return new Candidate(
        id, url, title, bodyText, published, seen, wireCredit, value, optOut, priorGroup);
  }

  /** This candidate with the group id the store already has for it (replay after restart). */
  public Candidate withPriorGroup(long value) {
    return new Candidate(
        id,
        url,
        title,
        bodyText,
        published,
        seen,
        wireCredit,
        originalHints,
        optOut,
        Optional.of(value));
  }

  /** Publication time, or when it was seen when the page gave none. */
  public Instant publishedOrSeen() {
    return published.orElse(seen);
  }
}
