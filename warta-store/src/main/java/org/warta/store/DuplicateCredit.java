package org.warta.store;

import java.net.URI;
import java.util.Optional;
import org.warta.core.ArticleId;

/**
 * Who the text of a duplicate group is credited to, as the dedupe stage decided: one of its
 * articles, a news agency, or a page the copies name but Warta has not stored; exactly one of
 * {@code article}, {@code agency} (non-empty) and {@code page} is set.
 *
 * @param upstream when the original article itself credits an agency, that agency (the next link of
 *     "copy → publisher → agency"); empty otherwise
 * @param reason which attribution rule decided ({@code EXPLICIT_SIGNAL}, {@code WIRE_CREDIT},
 *     {@code EARLIEST_PUBLICATION})
 */
public record DuplicateCredit(
    Optional<ArticleId> article,
    String agency,
    Optional<URI> page,
    String upstream,
    String reason) {

  public DuplicateCredit {
    int set =
        (article.isPresent() ? 1 : 0) + (agency.isBlank() ? 0 : 1) + (page.isPresent() ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException(
          "a duplicate credit names exactly one of article, agency or page, got " + set);
    }
  }

  public static DuplicateCredit toArticle(ArticleId id, String upstream, String reason) {
    return new DuplicateCredit(Optional.of(id), "", Optional.empty(), upstream, reason);
  }

  public static DuplicateCredit toAgency(String agency, String reason) {
    return new DuplicateCredit(Optional.empty(), agency, Optional.empty(), "", reason);
  }

  public static DuplicateCredit toPage(URI page, String reason) {
    return new DuplicateCredit(Optional.empty(), "", Optional.of(page), "", reason);
  }
}
