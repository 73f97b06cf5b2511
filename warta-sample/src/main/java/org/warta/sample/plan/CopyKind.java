package org.warta.sample.plan;

/**
 * How a page that carries another page's text says so: the three shapes of syndication that news
 * aggregation meets (and that Warta's duplicate detection must credit correctly).
 */
public enum CopyKind {
  /** Not a copy: the first publication of its text in the sample. */
  NONE,
  /** A copy whose {@code <link rel="canonical">} points, across domains, at the page it copied. */
  CANONICAL,
  /** A copy that credits only the news agency ("(kba)", "AFP") and links nobody. */
  AGENCY_CREDIT,
  /** An aggregator re-post that names the publisher it copied (promo line, "Sumber:"). */
  PUBLISHER_CREDIT;

  /** The name used in the answer key: {@code -}, {@code canonical}, ... */
  public String id() {
    return this == NONE ? "-" : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
