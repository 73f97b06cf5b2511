package org.warta.dedupe;

import org.warta.core.ArticleId;
import org.warta.core.CanonicalUrl;

/**
 * Who a duplicate group's text is credited to: one of its articles, a news agency, or a page the
 * copies name as their source but that Warta has not seen.
 */
public sealed interface Original {
  /** A short label: the article id, {@code agency:AFP}, or {@code url:https://...}. */
  String label();

  /** An article of the group. */
  record Article(ArticleId id) implements Original {
    @Override
    public String label() {
      return id.toString();
    }
  }

  /** A news agency, by its normalised name ({@code AFP}, {@code Antara}). */
  record Agency(String name) implements Original {
    @Override
    public String label() {
      return "agency:" + name;
    }
  }

  /**
   * A page named by an explicit signal (cross-domain rel=canonical, ...) that is not in the group.
   */
  record Page(CanonicalUrl url) implements Original {
    @Override
    public String label() {
      return "url:" + url;
    }
  }
}
