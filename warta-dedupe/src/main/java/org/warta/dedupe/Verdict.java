package org.warta.dedupe;

import java.util.List;
import java.util.Optional;
import org.warta.core.ArticleId;

/**
 * What {@link DuplicateDetector#add} decided for one article.
 *
 * @param article the article added
 * @param kind new, exact copy, near-duplicate, or not compared
 * @param matched the earlier article it copies best (present for copies)
 * @param score share of the shorter text found in the other in long copied passages, 0..1 (1 for
 *     exact copies, 0 when nothing matched)
 * @param group the duplicate group the article is in after this call, with its current members and
 *     credited original (present for copies)
 * @param absorbedGroups ids of groups merged into {@code group} by this article (their members now
 *     belong to {@code group}); the store should re-point them
 */
public record Verdict(
    ArticleId article,
    Kind kind,
    Optional<ArticleId> matched,
    double score,
    Optional<DuplicateGroup> group,
    List<Long> absorbedGroups) {

  public Verdict {
    absorbedGroups = List.copyOf(absorbedGroups);
  }

  /** The outcome of a check. */
  public enum Kind {
    /** No recent article has this text; the article is indexed. */
    NEW,
    /** The cleaned text equals a recent article's. */
    EXACT_COPY,
    /** Most of the shorter text is copied, in long passages, from or into a recent article. */
    NEAR_DUPLICATE,
    /** Fewer than five words to compare after cleaning; not indexed. */
    TOO_SHORT,
    /** The caller opted the article's source out of grouping; not indexed. */
    OPTED_OUT
  }

  /** Whether the article is a copy (exact or near). */
  public boolean isDuplicate() {
    return kind == Kind.EXACT_COPY || kind == Kind.NEAR_DUPLICATE;
  }

  static Verdict alone(ArticleId article, Kind kind) {
    return new Verdict(article, kind, Optional.empty(), 0, Optional.empty(), List.of());
  }
}
