package org.warta.web.view;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.core.ArticleId;
import org.warta.core.StoredArticle;
import org.warta.store.ArticleSummary;
import org.warta.store.DuplicateCredit;
import org.warta.store.Store;

/**
 * Decides what "originally published by …" says for an article, in this order:
 *
 * <ol>
 *   <li>the credit the dedupe stage recorded for the article's duplicate group (an article of the
 *       group, a news agency, or a page the copies name);
 *   <li>without a recorded credit, the group's earliest publication (the dedupe stage's last rule);
 *   <li>without a group, a page the article itself names as its original (cross-domain
 *       rel=canonical and similar hints kept by extraction) on another host.
 * </ol>
 *
 * Nothing is said for the original itself.
 */
final class Originals {
  private Originals() {}

  static Optional<OriginalCredit> of(
      StoredArticle s, List<ArticleSummary> group, Store store, Catalog catalog) {
    if (s.duplicateGroup().isPresent()) {
      Optional<DuplicateCredit> credit = store.articles().duplicateCredit(s.duplicateGroup().get());
      if (credit.isPresent()) {
        return recorded(s, credit.get(), group, store, catalog);
      }
      return earliest(s, group, catalog);
    }
    return hinted(s, store, catalog);
  }

  private static Optional<OriginalCredit> recorded(
      StoredArticle s,
      DuplicateCredit c,
      List<ArticleSummary> group,
      Store store,
      Catalog catalog) {
    if (c.article().isPresent()) {
      ArticleId id = c.article().get();
      if (id.equals(s.id())) {
        return Optional.empty();
      }
      Optional<ArticleSummary> original =
          group.stream()
              .filter(m -> m.id().equals(id))
              .findFirst()
              .or(() -> store.articles().find(id).map(ArticleSummary::of));
      return original.map(o -> credit(o, c.reason(), catalog));
    }
    if (!c.agency().isBlank()) {
      return Optional.of(
          new OriginalCredit(c.agency(), Optional.empty(), Optional.empty(), c.reason()));
    }
    return c.page().map(p -> page(p, c.reason(), store, catalog));
  }

  private static Optional<OriginalCredit> earliest(
      StoredArticle s, List<ArticleSummary> group, Catalog catalog) {
    return group.stream()
        .min(
            Comparator.comparing((ArticleSummary m) -> m.sortTime())
                .thenComparing(m -> m.id().value()))
        .filter(first -> !first.id().equals(s.id()))
        .map(first -> credit(first, "EARLIEST_PUBLICATION", catalog));
  }

  private static Optional<OriginalCredit> hinted(StoredArticle s, Store store, Catalog catalog) {
    String host = s.article().url().getHost();
    for (URI hint : s.article().originalHints()) {
      if (hint.getHost() != null && !hint.getHost().equalsIgnoreCase(host)) {
        return Optional.of(page(hint, "PAGE_HINT", store, catalog));
      }
    }
    return Optional.empty();
  }

  private static OriginalCredit page(URI url, String reason, Store store, Catalog catalog) {
    Optional<StoredArticle> known = store.articles().findByUrl(url);
    if (known.isPresent()) {
      return credit(ArticleSummary.of(known.get()), reason, catalog);
    }
    String host =
        url.getHost() == null ? url.toString() : url.getHost().replaceFirst("^www\\.", "");
    return new OriginalCredit(host, Optional.empty(), Optional.of(url), reason);
  }

  private static OriginalCredit credit(ArticleSummary o, String reason, Catalog catalog) {
    String name = o.siteName().isBlank() ? catalog.name(o.source()) : o.siteName();
    return new OriginalCredit(name, Optional.of(o.id().value()), Optional.of(o.url()), reason);
  }
}
