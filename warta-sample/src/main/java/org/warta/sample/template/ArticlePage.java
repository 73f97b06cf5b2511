package org.warta.sample.template;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.publisher.Publisher;

/**
 * What an article page shows besides the article: the inline related links ("Baca juga"), the
 * sidebar lists (latest and most read) and the partner sites, as of the capture time.
 *
 * @param copiedPublisher for copies, the publisher of the page copied (re-posts name it)
 */
public record ArticlePage(
    PlannedArticle article,
    List<LinkItem> related,
    List<LinkItem> latest,
    List<LinkItem> popular,
    List<Publisher> partners,
    Optional<Publisher> copiedPublisher,
    Instant capturedAt) {

  public ArticlePage {
    related = List.copyOf(related);
    latest = List.copyOf(latest);
    popular = List.copyOf(popular);
    partners = List.copyOf(partners);
  }

  public Publisher publisher() {
    return article.publisher();
  }
}
