package org.warta.store;

import java.time.Instant;
import java.util.function.Consumer;
import org.warta.core.Article;

/**
 * Retention by age and size, and the tombstones it leaves. A purged article's row, URLs and story
 * membership go away (its removal is numbered in the change sequence, so the search index drops it
 * on its next catch-up); a tombstone keeps its canonical URL, every URL it was known under and a
 * fingerprint of its text, so that the same article offered again is recognised and not ingested as
 * new ({@link #isPurged}, and {@link ArticleRepository#knows} answers true for its URLs).
 */
public interface Retention {

  /**
   * Purges what {@code policy} does not keep, oldest first, in transactions of a bounded number of
   * articles (an interrupted run loses nothing and can be repeated). {@code progress} receives the
   * running total after each transaction.
   */
  Purged purge(RetentionPolicy policy, Instant now, Consumer<Purged> progress);

  /** Whether the article, by any of its URLs or by its text, was purged before. */
  boolean isPurged(Article article);

  /** Number of tombstones. */
  long tombstones();
}
