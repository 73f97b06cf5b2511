package org.warta.feed;

/**
 * What a fetched document is, as far as its first bytes and Content-Type tell: the question {@code
 * warta sources add <url>} asks before choosing a reader.
 */
public enum DocumentKind {
  RSS,
  RDF,
  ATOM,
  JSON_FEED,
  SITEMAP_URLSET,
  SITEMAP_INDEX,
  /** A plain-text sitemap: one URL per line (sitemaps.org "Text file"). */
  SITEMAP_TEXT,
  OPML,
  HTML,
  /** XML, JSON or text of another kind. */
  OTHER;

  /** Whether {@link FeedReader} reads this kind. */
  public boolean isFeed() {
    return this == RSS || this == RDF || this == ATOM || this == JSON_FEED;
  }

  /** Whether {@code SitemapReader} reads this kind. */
  public boolean isSitemap() {
    return this == SITEMAP_URLSET || this == SITEMAP_INDEX || this == SITEMAP_TEXT;
  }
}
