package org.warta.pipeline.grouping;

import org.warta.dedupe.Attribution;
import org.warta.dedupe.DuplicateGroup;
import org.warta.dedupe.Original;
import org.warta.store.DuplicateCredit;

/** Translates dedupe's attribution into the store's record of a group's credit. */
final class Credits {
  private Credits() {}

  static DuplicateCredit of(DuplicateGroup g) {
    Attribution a = g.attribution();
    String reason = a.reason().name();
    return switch (a.original()) {
      case Original.Article article ->
          DuplicateCredit.toArticle(article.id(), a.upstream().orElse(""), reason);
      case Original.Agency agency -> DuplicateCredit.toAgency(agency.name(), reason);
      case Original.Page page -> DuplicateCredit.toPage(page.url().value(), reason);
    };
  }
}
